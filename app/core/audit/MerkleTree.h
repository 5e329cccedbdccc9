#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace warden {

/// The Merkle tree of RFC 6962 (Certificate Transparency), section 2.1, with the proof checks of
/// RFC 9162 section 2.1.3.2 and 2.1.4.2: SHA-256, a leaf hashed as H(0x00 || data), an inner node
/// as H(0x01 || left || right), the tree split at the largest power of two smaller than its size.
/// Hashes are 32 raw bytes. The functions that build roots and proofs take the leaf hashes of the
/// whole tree (index 0 is the first leaf).
class MerkleTree
{
public:
    static constexpr int kHashBytes = 32;

    [[nodiscard]] static QByteArray leafHash(const QByteArray& data);
    [[nodiscard]] static QByteArray nodeHash(const QByteArray& left, const QByteArray& right);
    /// MTH of the first `size` leaves; the hash of the empty string for size 0.
    [[nodiscard]] static QByteArray root(const QList<QByteArray>& leaves, qint64 size);
    /// PATH(index, D[size]): the audit path of one leaf.
    [[nodiscard]] static QList<QByteArray> inclusionProof(const QList<QByteArray>& leaves, qint64 index, qint64 size);
    /// PROOF(first, D[second]): that the tree of `first` leaves is a prefix of the one of `second`.
    [[nodiscard]] static QList<QByteArray> consistencyProof(const QList<QByteArray>& leaves, qint64 first,
                                                            qint64 second);
    [[nodiscard]] static bool verifyInclusion(qint64 index, qint64 size, const QByteArray& leafHash,
                                              const QList<QByteArray>& proof, const QByteArray& root);
    [[nodiscard]] static bool verifyConsistency(qint64 first, qint64 second, const QByteArray& firstRoot,
                                                const QByteArray& secondRoot, const QList<QByteArray>& proof);

private:
    [[nodiscard]] static QByteArray subtreeRoot(const QList<QByteArray>& leaves, qint64 begin, qint64 end);
    static void path(const QList<QByteArray>& leaves, qint64 index, qint64 begin, qint64 end, QList<QByteArray>& proof);
    static void subproof(const QList<QByteArray>& leaves, qint64 first, qint64 begin, qint64 end, bool whole,
                         QList<QByteArray>& proof);
};

/// The compact range of a Merkle tree: the roots of the perfect subtrees that cover its leaves,
/// largest first (one per bit set in the size). Enough to append leaves and to compute the root of
/// the tree as it grows without keeping the leaves; what a witness remembers of a checkpoint.
class MerkleFrontier
{
public:
    void append(const QByteArray& leafHash);
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] QByteArray root() const;
    /// "size:hex,hex,…"; an empty frontier is "0:".
    [[nodiscard]] QByteArray toText() const;
    /// Nullopt-like: a frontier of size -1 when `text` is not one.
    [[nodiscard]] static MerkleFrontier fromText(const QByteArray& text);
    [[nodiscard]] bool isValid() const { return m_size >= 0; }

private:
    qint64 m_size = 0;
    QList<QByteArray> m_nodes;
};

} // namespace warden
