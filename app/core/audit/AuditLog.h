#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/AuditEntry.h"
#include "../security/Keychain.h"
#include "AuditRecord.h"
#include "AuditVerifier.h"
#include "AuditWitness.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

class QIODevice;

namespace warden {

class Authorizer;
class ChangeNotifier;
class ComputerIdentity;
class Database;
class DatabaseSecrets;

/// What to show of the audit log; empty fields do not filter. Text fields match substrings.
struct AuditFilter
{
    QString actor;
    QString action;
    QString target;
    /// A person or role the entry is about: found in its target or in what it recorded before
    /// or after (a member added among many, the role a member left).
    QString affected;
    QString accountCode;
    QDateTime from; ///< inclusive, UTC
    QDateTime to; ///< exclusive, UTC
    qint64 afterSeq = 0; ///< oldest first: entries after this one
    qint64 beforeSeq = 0; ///< newest first: entries before this one (0: from the newest)
    bool newestFirst = false;
    int limit = 1000; ///< 0 means no limit
};

/// The append-only audit log, signed by the computers that write it (DOMAIN.md "Audit"). Each
/// entry carries a SHA-256 hash over its canonical encoding and the previous entry's hash, names
/// the computer that wrote it, and carries that computer's Ed25519 signature of the hash; the key's
/// public half is registered in the log itself (see AuditVerifier). The entries are the leaves of
/// an RFC 6962 Merkle tree; a signed checkpoint of it is written every kCheckpointEvery entries and
/// on demand. A head record (the newest entry, signed, and MAC'd with the database key) lets
/// `append()` refuse to write on a log cut short; each computer is a witness (AuditWitness) that
/// holds every later reading to the newest tree it saw. A log written before entries were signed
/// (HMAC-chained, keyed by the database key current when each entry was written) is closed by a
/// final entry that its last HMAC verification vouches for (`startSigning()`), and goes on signed.
/// `append()` joins the caller's transaction.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& database, DatabaseSecrets& secrets, const Authorizer& authorizer, ChangeNotifier& notifier,
             Keychain keychain);

    static constexpr qint64 kCheckpointEvery = 1000;

    /// The computer whose key signs what this console writes; appends are refused without one.
    void setSigner(std::shared_ptr<const ComputerIdentity> signer) { m_signer = std::move(signer); }
    [[nodiscard]] const ComputerIdentity* signer() const { return m_signer.get(); }
    /// Moves a log written before entries were signed to signed entries (once; joins the caller's
    /// transaction): computes the hashes of its entries and appends the entry that closes the HMAC
    /// chain, vouched for by verifying it, signed by this computer.
    [[nodiscard]] Status startSigning();
    /// A signed checkpoint of the log as it is now (the one already kept when there is one of this
    /// size).
    [[nodiscard]] Result<AuditCheckpoint> checkpoint();

    [[nodiscard]] Status append(const QString& actor, const QString& accountCode, const QString& action,
                                const QString& target, const QJsonObject& before = {}, const QJsonObject& after = {});
    /// The entries `viewer` may read: those of accounts where they have Audit Logs access (the
    /// system actor reads everything, including entries that belong to no account).
    [[nodiscard]] Result<QList<AuditEntry>> list(const Actor& viewer, const AuditFilter& filter) const;
    /// Checks everything AuditInspector checks, with this computer as the witness, and the MACs of
    /// the HMAC-chained part with the database key; an intact log is remembered as seen and
    /// checked.
    [[nodiscard]] Result<AuditVerification> verify() const;
    /// Compares the log with the newest tree this computer has seen (AuditWitness::check): a
    /// non-empty answer says the log is now shorter or another history. Otherwise remembers it.
    [[nodiscard]] Result<QString> checkAgainstRemembered() const;
    /// Raises what this computer remembers to the log's newest entry.
    [[nodiscard]] Status rememberNewest() const;
    /// The number the next entry will get (inside a write that holds the audit lock).
    [[nodiscard]] Result<qint64> nextSeq() const;
    /// How entry times are stored (UTC, milliseconds): such strings compare in time order.
    static QString timestamp(const QDateTime& utc);
    [[nodiscard]] Status exportCsv(const Actor& viewer, const AuditFilter& filter, QIODevice& out) const;

private:
    [[nodiscard]] static QString macFor(const AuditRecord& entry, const QString& previousMac, const QByteArray& key);
    [[nodiscard]] static QString headSignature(qint64 seq, const QString& mac, const QByteArray& key);
    /// The audit key that MAC'd entry `seq` (and the head record naming it).
    [[nodiscard]] Result<QByteArray> keyOfEntry(qint64 seq) const;
    /// Locks the log for an append and checks that it ends where the head record says.
    [[nodiscard]] Result<AuditRecord> lockNewest();
    /// Signs and stores `entry` after `previous`, with the head record and the tree's compact range.
    [[nodiscard]] Status store(AuditRecord& entry, const AuditRecord& previous);
    /// Checks the MACs of the HMAC-chained part; the first broken entry, or 0.
    [[nodiscard]] Result<std::pair<qint64, QString>> checkHmacPart() const;
    [[nodiscard]] AuditWitness witness() const;

    Database& m_database;
    DatabaseSecrets& m_secrets;
    const Authorizer& m_authorizer;
    ChangeNotifier& m_notifier;
    Keychain m_keychain;
    std::shared_ptr<const ComputerIdentity> m_signer;
};

} // namespace warden
