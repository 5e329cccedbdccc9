#include "ChangeStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace warden {

ChangeStore::ChangeStore(Database& database, const QSqlDatabase& connection)
    : m_database(database)
    , m_connection(connection)
{ }

ChangeStore::ChangeStore(Database& database)
    : ChangeStore(database, database.connection())
{ }

Result<qint64> ChangeStore::add(const ChangeRecord& record)
{
    // The names are taken now: a deleted role or account is still named in the feed. A role
    // change belongs to the role's account.
    QSqlQuery q(m_connection);
    qint64 accountId = record.accountId;
    if (record.roleId != 0) {
        if (auto done = execPrepared(q, QStringLiteral("SELECT account_id FROM roles WHERE id = ?"), {record.roleId},
                                     "recording what changed");
            !done) {
            return done.refusal();
        }
        if (q.next()) {
            accountId = q.value(0).toLongLong();
        }
        q.finish();
    }
    const QString sql =
        QStringLiteral("INSERT INTO changes (kind, object_id, account_id, account_code, role_id, role_name, "
                       "user_email, actor, origin, "
                       "audit_seq, at) VALUES (?, ?, ?, COALESCE((SELECT code FROM accounts WHERE id = ?), ''), ?, "
                       "COALESCE((SELECT name FROM roles WHERE id = ?), ''), ?, ?, ?, ?, ?)");
    if (auto done = execPrepared(q, sql,
                                 {ChangeRecord::kindName(record.kind), record.objectId, accountId, accountId,
                                  record.roleId, record.roleId, record.user, record.actor, record.origin,
                                  record.auditSeq, record.at.toUTC().toString(Qt::ISODateWithMs)},
                                 "recording what changed");
        !done) {
        return done.refusal();
    }
    const QVariant id = q.lastInsertId();
    if (id.isValid() && !id.isNull()) {
        return id.toLongLong();
    }
    return newest();
}

Status ChangeStore::notifyListeners(const ChangeRecord& newest)
{
    if (m_database.dialect() != Database::Dialect::PostgreSQL) {
        return {};
    }
    // Names what changed, by id, never the data; listeners read the rows after their newest.
    const QJsonObject payload {
        {QStringLiteral("seq"), newest.seq},           {QStringLiteral("kind"), ChangeRecord::kindName(newest.kind)},
        {QStringLiteral("account"), newest.accountId}, {QStringLiteral("role"), newest.roleId},
        {QStringLiteral("user"), newest.user},         {QStringLiteral("auditSeq"), newest.auditSeq}};
    QSqlQuery q(m_connection);
    return execPrepared(
        q, QStringLiteral("SELECT pg_notify(?, ?)"),
        {QString::fromLatin1(kChannel), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
        "telling other consoles");
}

Result<QList<ChangeRecord>> ChangeStore::after(qint64 seq, int limit) const
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    if (auto done = execPrepared(
            q,
            QStringLiteral(
                "SELECT seq, kind, object_id, account_id, account_code, role_id, role_name, user_email, actor, "
                "origin, audit_seq, at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
            {seq, limit}, "reading what other consoles changed");
        !done) {
        return done.refusal();
    }
    QList<ChangeRecord> records;
    while (q.next()) {
        ChangeRecord r;
        r.seq = q.value(0).toLongLong();
        r.kind = ChangeRecord::kindFromName(q.value(1).toString());
        r.objectId = q.value(2).toLongLong();
        r.accountId = q.value(3).toLongLong();
        r.accountCode = q.value(4).toString();
        r.roleId = q.value(5).toLongLong();
        r.roleName = q.value(6).toString();
        r.user = q.value(7).toString();
        r.actor = q.value(8).toString();
        r.origin = q.value(9).toString();
        r.auditSeq = q.value(10).toLongLong();
        r.at = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
        records.append(r);
    }
    return records;
}

Result<qint64> ChangeStore::newest() const
{
    QSqlQuery q(m_connection);
    if (auto done = execPrepared(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"), {},
                                 "reading what other consoles changed");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace warden
