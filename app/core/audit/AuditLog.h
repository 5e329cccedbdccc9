#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/AuditEntry.h"
#include "../security/Keychain.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

class QIODevice;

namespace warden {

class Authorizer;
class ChangeNotifier;
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

/// The outcome of `AuditLog::verify()`.
struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    QString problem;
};

/// The append-only, HMAC-chained audit log. Every entry's MAC covers its fields and the
/// previous entry's MAC, keyed by a secret held only in the OS keychain; a signed head record
/// in `meta` catches removal of the newest entries, and `append()` refuses to write when the
/// newest entry and the head disagree. Each computer also remembers in its keychain the newest
/// entry it has seen (`warden/<database-id>/audit-seen`), which catches a truncation that put an
/// older head record back. `append()` joins the caller's transaction. Each entry is keyed by the
/// database key current when it was written: a rotation starts a new key at its own entry
/// (`database_keys.first_seq`), and verify() opens the earlier keys along their chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& database, DatabaseSecrets& secrets, const Authorizer& authorizer, ChangeNotifier& notifier,
             Keychain keychain);

    [[nodiscard]] Status append(const QString& actor, const QString& accountCode, const QString& action,
                                const QString& target, const QJsonObject& before = {}, const QJsonObject& after = {});
    /// The entries `viewer` may read: those of accounts where they have Audit Logs access (the
    /// system actor reads everything, including entries that belong to no account).
    [[nodiscard]] Result<QList<AuditEntry>> list(const Actor& viewer, const AuditFilter& filter) const;
    /// Checks the chain, the head record and what this computer remembers of the log; an intact
    /// log raises what this computer remembers to its newest entry.
    [[nodiscard]] Result<AuditVerification> verify() const;
    /// Compares the log with the newest entry this computer has seen: a non-empty answer says the
    /// log is now shorter (or was rewritten). Otherwise remembers the current newest entry.
    [[nodiscard]] Result<QString> checkAgainstRemembered() const;
    /// Raises the newest entry this computer remembers to the log's newest entry.
    [[nodiscard]] Status rememberNewest() const;
    /// The number the next entry will get (inside a write that holds the audit lock).
    [[nodiscard]] Result<qint64> nextSeq() const;
    /// How entry times are stored (UTC, milliseconds): such strings compare in time order.
    static QString timestamp(const QDateTime& utc);
    [[nodiscard]] Status exportCsv(const Actor& viewer, const AuditFilter& filter, QIODevice& out) const;

private:
    [[nodiscard]] static QString macFor(const AuditEntry& entry, const QString& previousMac, const QByteArray& key);
    [[nodiscard]] static QString headSignature(qint64 seq, const QString& mac, const QByteArray& key);
    /// The audit key that signed entry `seq` (and the head record naming it).
    [[nodiscard]] Result<QByteArray> keyOfEntry(qint64 seq) const;
    /// The newest entry (seq, mac); seq 0 for an empty log.
    [[nodiscard]] Result<std::pair<qint64, QString>> newest() const;
    /// Why the log disagrees with what this computer remembers; empty when it does not.
    [[nodiscard]] Result<QString> rememberedProblem(qint64 newestSeq) const;
    [[nodiscard]] QString rememberedKey() const;

    Database& m_database;
    DatabaseSecrets& m_secrets;
    const Authorizer& m_authorizer;
    ChangeNotifier& m_notifier;
    Keychain m_keychain;
    /// The newest entry this computer remembers, once read from (or written to) the keychain.
    mutable std::optional<qint64> m_seenSeq;
};

} // namespace warden
