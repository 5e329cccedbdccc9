// The RFC 6962 Merkle tree: the reference roots and audit paths of Certificate Transparency's test
// vectors, every inclusion and consistency proof of trees up to 40 leaves checking out (and a
// changed one not), and the compact range growing to the same roots.
#include "audit/MerkleTree.h"

#include <QTest>

using namespace warden;

namespace {

QList<QByteArray> referenceLeaves()
{
    QList<QByteArray> leaves;
    for (const char* hex :
         {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"}) {
        leaves.append(MerkleTree::leafHash(QByteArray::fromHex(hex)));
    }
    return leaves;
}

QList<QByteArray> manyLeaves(int count)
{
    QList<QByteArray> leaves;
    for (int i = 0; i < count; ++i) {
        leaves.append(MerkleTree::leafHash(QByteArray::number(i * 7919)));
    }
    return leaves;
}

QList<QByteArray> fromHex(std::initializer_list<const char*> hexes)
{
    QList<QByteArray> out;
    for (const char* hex : hexes) {
        out.append(QByteArray::fromHex(hex));
    }
    return out;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootsMatchTheReferenceVectors()
    {
        const QList<QByteArray> roots = fromHex({
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        });
        const QList<QByteArray> leaves = referenceLeaves();
        MerkleFrontier frontier;
        QCOMPARE(frontier.root().toHex(), roots.at(0).toHex());
        for (qint64 size = 1; size <= leaves.size(); ++size) {
            QCOMPARE(MerkleTree::root(leaves, size).toHex(), roots.at(size).toHex());
            frontier.append(leaves.at(size - 1));
            QCOMPARE(frontier.root().toHex(), roots.at(size).toHex());
            // What a witness keeps of the tree is enough to go on from.
            const MerkleFrontier kept = MerkleFrontier::fromText(frontier.toText());
            QVERIFY(kept.isValid());
            QCOMPARE(kept.root(), frontier.root());
        }
    }

    void auditPathsMatchTheReferenceVectors()
    {
        const QList<QByteArray> leaves = referenceLeaves();
        QCOMPARE(MerkleTree::inclusionProof(leaves, 0, 8),
                 fromHex({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                          "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                          "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}));
        QCOMPARE(MerkleTree::inclusionProof(leaves, 5, 8),
                 fromHex({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                          "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}));
    }

    void everyInclusionProofChecksOutAndAChangedOneDoesNot()
    {
        const QList<QByteArray> leaves = manyLeaves(40);
        for (qint64 size = 1; size <= leaves.size(); ++size) {
            const QByteArray root = MerkleTree::root(leaves, size);
            for (qint64 index = 0; index < size; ++index) {
                QList<QByteArray> proof = MerkleTree::inclusionProof(leaves, index, size);
                QVERIFY(MerkleTree::verifyInclusion(index, size, leaves.at(index), proof, root));
                QVERIFY(!MerkleTree::verifyInclusion(index, size, leaves.at((index + 1) % size), proof, root)
                        || size == 1);
                if (!proof.isEmpty()) {
                    proof.last()[0] = char(proof.last().at(0) ^ 1);
                    QVERIFY(!MerkleTree::verifyInclusion(index, size, leaves.at(index), proof, root));
                }
            }
        }
    }

    void everyConsistencyProofChecksOutAndAnotherHistoryDoesNot()
    {
        const QList<QByteArray> leaves = manyLeaves(40);
        QList<QByteArray> forked = leaves;
        forked[2] = MerkleTree::leafHash("another history");
        for (qint64 second = 1; second <= leaves.size(); ++second) {
            const QByteArray secondRoot = MerkleTree::root(leaves, second);
            for (qint64 first = 1; first <= second; ++first) {
                const QByteArray firstRoot = MerkleTree::root(leaves, first);
                const QList<QByteArray> proof = MerkleTree::consistencyProof(leaves, first, second);
                QVERIFY(MerkleTree::verifyConsistency(first, second, firstRoot, secondRoot, proof));
                if (first > 2) {
                    // A tree whose third leaf differs is not a prefix of this one.
                    QVERIFY(!MerkleTree::verifyConsistency(first, second, MerkleTree::root(forked, first), secondRoot,
                                                           proof));
                }
                if (first < second) {
                    QVERIFY(!MerkleTree::verifyConsistency(first, second, firstRoot,
                                                           MerkleTree::root(leaves, second - 1), proof));
                }
            }
        }
    }

    void aDamagedFrontierIsNotOne()
    {
        QVERIFY(!MerkleFrontier::fromText("3:aa").isValid());
        QVERIFY(!MerkleFrontier::fromText("x:").isValid());
        QVERIFY(MerkleFrontier::fromText("0:").isValid());
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "test_merkle_tree.moc"
