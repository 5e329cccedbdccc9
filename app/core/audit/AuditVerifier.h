#pragma once

#include "AuditRecord.h"
#include "MerkleTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace warden {

/// The outcome of checking the audit log.
struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    /// Why, as a key scripts can rely on: "hash", "signature", "unknown-computer",
    /// "revoked-computer", "missing", "inconsistent-checkpoint", "truncated", "witness", "format";
    /// empty when intact.
    QString reason;
    QString problem; ///< the same, as a sentence
    qint64 signaturesChecked = 0;
    /// Entries whose signatures this computer had checked before, under the same Merkle root.
    qint64 signaturesAlreadyChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 hmacEntries = 0; ///< entries of the HMAC-chained part before signing started
    bool hmacChecked = false; ///< whether their MACs were checked too (needs the database key)
    QByteArray root; ///< the Merkle root of all entries (raw)
    /// Computers that registered their own signing key (no other computer vouched for it).
    QList<qint64> selfRegistered;
};

/// A computer's signing key as the log registers it.
struct RegisteredComputer
{
    qint64 id = 0;
    QString name;
    QByteArray key;
    qint64 registeredAt = 0; ///< the entry that registered it
    qint64 revokedAt = 0; ///< the entry that revoked it; 0 while it is not revoked
    friend bool operator==(const RegisteredComputer&, const RegisteredComputer&) = default;
};

/// Checks an audit log entry by entry without any secret: the hash chain, each entry's Ed25519
/// signature against the key the log itself registered for its computer (in an approving entry
/// signed by another computer, or by the computer itself when the log gives none), revocations,
/// the Merkle tree against every signed checkpoint, and what a witness remembers. Entries are
/// added in order; the first problem ends the check. Signatures are checked in batches on every
/// core.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(QString databaseId);

    /// Checkpoints to hold the tree against (any order).
    void setCheckpoints(const QList<AuditCheckpoint>& checkpoints);
    /// A tree this computer saw (a witness): the log must extend it.
    void setRemembered(qint64 size, const QByteArray& root);
    /// A tree whose entries' signatures this computer checked before: while the log is that
    /// tree, its signatures need not be checked again.
    void setAlreadyChecked(qint64 size, const QByteArray& root);

    /// The head record: the newest entry, as its writer signed it (catches removed newest entries).
    void setHead(const AuditHead& head);
    /// Follows the chain and the registrations without checking signatures (to list computers).
    void skipSignatures() { m_skipSignatures = true; }
    /// Checks the next entry; false once the log is found broken (later entries are ignored).
    bool add(const AuditRecord& record);
    /// Finishes the pending checks and the checks of the whole log.
    [[nodiscard]] AuditVerification finish();

    /// The leaf hashes so far, when keepLeaves() was asked for (inclusion proofs).
    void keepLeaves() { m_keepLeaves = true; }
    [[nodiscard]] const QList<QByteArray>& leaves() const { return m_leaves; }
    [[nodiscard]] const MerkleFrontier& frontier() const { return m_frontier; }
    [[nodiscard]] const QByteArray& lastHash() const { return m_previousHash; }
    /// Strict base64 (as keys and signatures are written); empty when `text` is not exactly that.
    [[nodiscard]] static QByteArray fromBase64(const QString& text);
    /// The computers registered so far, by id.
    [[nodiscard]] QList<RegisteredComputer> computers() const;

private:
    /// An entry whose hash (and signature, when `key` is set) is still to be checked.
    struct PendingEntry
    {
        AuditRecord record;
        QByteArray previousHash; ///< the stored hash of the entry before it
        QByteArray key;
    };
    struct CheckedEntry
    {
        QByteArray hash;
        bool hashMatches = false;
        bool signatureValid = false;
    };

    bool broken(qint64 seq, const QString& reason, const QString& problem);
    /// Checks the queued entries on every core, then grows the tree with them in order; false
    /// (and the report broken) at the first that does not check out.
    bool flush();
    /// The next entry's hash into the tree, held against the checkpoints and what the witness saw.
    bool grow(qint64 seq, const QByteArray& hash);
    bool checkCheckpoint(const AuditCheckpoint& checkpoint);
    /// Keys registered and revoked by the entry (after its own signature is queued).
    bool noteRegistrations(const AuditRecord& record, const QJsonObject& after);

    QString m_databaseId;
    QHash<qint64, AuditCheckpoint> m_checkpoints;
    qint64 m_newestCheckpoint = 0;
    std::optional<AuditHead> m_head;
    std::optional<std::pair<qint64, QByteArray>> m_remembered;
    std::optional<std::pair<qint64, QByteArray>> m_alreadyChecked;
    QHash<qint64, RegisteredComputer> m_keys;
    QList<PendingEntry> m_pending;
    QByteArray m_previousStoredHash;
    MerkleFrontier m_frontier;
    QByteArray m_previousHash;
    bool m_signedSeen = false;
    bool m_keepLeaves = false;
    bool m_skipSignatures = false;
    QList<QByteArray> m_leaves;
    AuditVerification m_report;
};

} // namespace warden
