#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/AuditEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

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
/// in `meta` catches removal of the newest entries. `append()` joins the caller's transaction.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database& database, const DatabaseSecrets& secrets, const Authorizer& authorizer,
             ChangeNotifier& notifier);

    [[nodiscard]] Status append(const QString& actor, const QString& accountCode, const QString& action,
                                const QString& target, const QJsonObject& before = {}, const QJsonObject& after = {});
    /// The entries `viewer` may read: those of accounts where they have Audit Logs access (the
    /// system actor reads everything, including entries that belong to no account).
    [[nodiscard]] Result<QList<AuditEntry>> list(const Actor& viewer, const AuditFilter& filter) const;
    [[nodiscard]] Result<AuditVerification> verify() const;
    [[nodiscard]] Status exportCsv(const Actor& viewer, const AuditFilter& filter, QIODevice& out) const;

private:
    [[nodiscard]] QString macFor(const AuditEntry& entry, const QString& previousMac) const;
    [[nodiscard]] QString headSignature(qint64 seq, const QString& mac) const;

    Database& m_database;
    const DatabaseSecrets& m_secrets;
    const Authorizer& m_authorizer;
    ChangeNotifier& m_notifier;
};

} // namespace warden
