#include "PendingAuditStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

PendingAuditStore::PendingAuditStore(Database& database)
    : m_database(database)
{ }

Status PendingAuditStore::add(const AuditEntry& entry)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO pending_audit (at, actor, account_code, action, target, "
                                       "after_json) VALUES (?, ?, ?, ?, ?, ?)"),
                        {entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.accountCode, entry.action,
                         entry.target, entry.after},
                        "keeping an event for the audit log");
}

Result<QList<AuditEntry>> PendingAuditStore::entries() const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral(
                "SELECT id, at, actor, account_code, action, target, after_json FROM pending_audit ORDER BY id"),
            {}, "reading events waiting for the audit log");
        !done) {
        return done.refusal();
    }
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry entry;
        entry.seq = q.value(0).toLongLong();
        entry.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = q.value(2).toString();
        entry.accountCode = q.value(3).toString();
        entry.action = q.value(4).toString();
        entry.target = q.value(5).toString();
        entry.after = q.value(6).toString();
        entries.append(entry);
    }
    return entries;
}

Status PendingAuditStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM pending_audit WHERE id = ?"), {id},
                        "removing an event written to the audit log");
}

} // namespace warden
