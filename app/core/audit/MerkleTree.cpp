#include "MerkleTree.h"

#include <bit>
#include <sodium.h>

namespace warden {

namespace {

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(MerkleTree::kHashBytes, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

/// The largest power of two smaller than `n` (n > 1).
qint64 split(qint64 n)
{
    return static_cast<qint64>(std::bit_floor(static_cast<quint64>(n - 1)));
}

bool lowBit(qint64 n)
{
    return (n & 1) != 0;
}

} // namespace

QByteArray MerkleTree::leafHash(const QByteArray& data)
{
    QByteArray input;
    input.reserve(data.size() + 1);
    input.append('\0').append(data);
    return sha256(input);
}

QByteArray MerkleTree::nodeHash(const QByteArray& left, const QByteArray& right)
{
    QByteArray input;
    input.reserve(left.size() + right.size() + 1);
    input.append('\1').append(left).append(right);
    return sha256(input);
}

QByteArray MerkleTree::subtreeRoot(const QList<QByteArray>& leaves, qint64 begin, qint64 end)
{
    if (end - begin == 1) {
        return leaves.at(begin);
    }
    const qint64 k = split(end - begin);
    return nodeHash(subtreeRoot(leaves, begin, begin + k), subtreeRoot(leaves, begin + k, end));
}

QByteArray MerkleTree::root(const QList<QByteArray>& leaves, qint64 size)
{
    if (size <= 0) {
        return sha256({});
    }
    return subtreeRoot(leaves, 0, size);
}

void MerkleTree::path(const QList<QByteArray>& leaves, qint64 index, qint64 begin, qint64 end, QList<QByteArray>& proof)
{
    if (end - begin <= 1) {
        return;
    }
    const qint64 k = split(end - begin);
    if (index < k) {
        path(leaves, index, begin, begin + k, proof);
        proof.append(subtreeRoot(leaves, begin + k, end));
    } else {
        path(leaves, index - k, begin + k, end, proof);
        proof.append(subtreeRoot(leaves, begin, begin + k));
    }
}

QList<QByteArray> MerkleTree::inclusionProof(const QList<QByteArray>& leaves, qint64 index, qint64 size)
{
    QList<QByteArray> proof;
    if (index >= 0 && index < size && size <= leaves.size()) {
        path(leaves, index, 0, size, proof);
    }
    return proof;
}

void MerkleTree::subproof(const QList<QByteArray>& leaves, qint64 first, qint64 begin, qint64 end, bool whole,
                          QList<QByteArray>& proof)
{
    const qint64 n = end - begin;
    if (first == n) {
        if (!whole) {
            proof.append(subtreeRoot(leaves, begin, end));
        }
        return;
    }
    const qint64 k = split(n);
    if (first <= k) {
        subproof(leaves, first, begin, begin + k, whole, proof);
        proof.append(subtreeRoot(leaves, begin + k, end));
    } else {
        subproof(leaves, first - k, begin + k, end, false, proof);
        proof.append(subtreeRoot(leaves, begin, begin + k));
    }
}

QList<QByteArray> MerkleTree::consistencyProof(const QList<QByteArray>& leaves, qint64 first, qint64 second)
{
    QList<QByteArray> proof;
    if (first > 0 && first < second && second <= leaves.size()) {
        subproof(leaves, first, 0, second, true, proof);
    }
    return proof;
}

bool MerkleTree::verifyInclusion(qint64 index, qint64 size, const QByteArray& leafHash, const QList<QByteArray>& proof,
                                 const QByteArray& root)
{
    if (index < 0 || index >= size) {
        return false;
    }
    qint64 fn = index;
    qint64 sn = size - 1;
    QByteArray r = leafHash;
    for (const QByteArray& p : proof) {
        if (sn == 0) {
            return false;
        }
        if (lowBit(fn) || fn == sn) {
            r = nodeHash(p, r);
            while (!lowBit(fn) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool MerkleTree::verifyConsistency(qint64 first, qint64 second, const QByteArray& firstRoot,
                                   const QByteArray& secondRoot, const QList<QByteArray>& proof)
{
    if (first < 0 || second < first) {
        return false;
    }
    if (first == second) {
        return proof.isEmpty() && firstRoot == secondRoot;
    }
    if (first == 0) {
        return proof.isEmpty(); // the empty tree is a prefix of every tree
    }
    QList<QByteArray> path = proof;
    if (std::has_single_bit(static_cast<quint64>(first))) {
        path.prepend(firstRoot);
    }
    if (path.isEmpty()) {
        return false;
    }
    qint64 fn = first - 1;
    qint64 sn = second - 1;
    while (lowBit(fn)) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray& c = path.at(i);
        if (sn == 0) {
            return false;
        }
        if (lowBit(fn) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!lowBit(fn) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == firstRoot && sr == secondRoot && sn == 0;
}

void MerkleFrontier::append(const QByteArray& leafHash)
{
    QByteArray node = leafHash;
    // Each bit set at the bottom of the old size is a perfect subtree that the new leaf completes.
    for (qint64 size = m_size; lowBit(size); size >>= 1) {
        node = MerkleTree::nodeHash(m_nodes.takeLast(), node);
    }
    m_nodes.append(node);
    ++m_size;
}

QByteArray MerkleFrontier::root() const
{
    if (m_nodes.isEmpty()) {
        return MerkleTree::root({}, 0);
    }
    QByteArray r = m_nodes.last();
    for (qsizetype i = m_nodes.size() - 2; i >= 0; --i) {
        r = MerkleTree::nodeHash(m_nodes.at(i), r);
    }
    return r;
}

QByteArray MerkleFrontier::toText() const
{
    QByteArrayList hexes;
    for (const QByteArray& node : m_nodes) {
        hexes.append(node.toHex());
    }
    return QByteArray::number(m_size) + ':' + hexes.join(',');
}

MerkleFrontier MerkleFrontier::fromText(const QByteArray& text)
{
    MerkleFrontier frontier;
    const qsizetype colon = text.indexOf(':');
    bool ok = false;
    frontier.m_size = colon < 0 ? -1 : text.left(colon).toLongLong(&ok);
    if (!ok || frontier.m_size < 0) {
        frontier.m_size = -1;
        return frontier;
    }
    const QByteArray rest = text.mid(colon + 1);
    if (!rest.isEmpty()) {
        for (const QByteArray& hex : rest.split(',')) {
            frontier.m_nodes.append(QByteArray::fromHex(hex));
        }
    }
    if (frontier.m_nodes.size() != std::popcount(static_cast<quint64>(frontier.m_size))) {
        frontier.m_size = -1;
    }
    return frontier;
}

} // namespace warden
