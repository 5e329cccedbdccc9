#include "ComputerStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

const QString kColumns = QStringLiteral(
    "id, COALESCE(user_id, 0), requested_by, name, public_key, fingerprint, status, requested_at, expires_at, "
    "decided_by, decided_at, approved_via, sealed_key, key_id, last_used_at, "
    "request_audited, signing_key");

Computer computerFromRow(const QSqlQuery& q)
{
    Computer computer;
    computer.id = q.value(0).toLongLong();
    computer.userId = q.value(1).toLongLong();
    computer.owner = q.value(2).toString();
    computer.name = q.value(3).toString();
    computer.publicKey = q.value(4).toString();
    computer.fingerprint = q.value(5).toString();
    computer.status = computerStatusFromKey(q.value(6).toString()).value_or(ComputerStatus::Refused);
    computer.requestedAt = q.value(7).toString();
    computer.expiresAt = q.value(8).toLongLong();
    computer.decidedBy = q.value(9).toString();
    computer.decidedAt = q.value(10).toString();
    computer.approvedVia = q.value(11).toString();
    computer.sealedKey = q.value(12).toString();
    computer.keyId = q.value(13).toString();
    computer.lastUsedAt = q.value(14).toString();
    computer.requestAudited = q.value(15).toInt() != 0;
    computer.signingKey = q.value(16).toString();
    return computer;
}

} // namespace

ComputerStore::ComputerStore(Database& database, qint64 now)
    : m_database(database)
    , m_now(now)
{ }

Result<QList<Computer>> ComputerStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("SELECT %1 FROM computers WHERE %2 ORDER BY id DESC").arg(kColumns, where),
                         values, "reading computers");
        !done) {
        return done.refusal();
    }
    QList<Computer> computers;
    while (q.next()) {
        Computer computer = computerFromRow(q);
        if (computer.status == ComputerStatus::Pending && computer.expiresAt <= m_now) {
            computer.status = ComputerStatus::Expired;
        }
        computers.append(computer);
    }
    return computers;
}

Result<std::optional<Computer>> ComputerStore::computer(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found) {
        return found.refusal();
    }
    return found.value().isEmpty() ? std::optional<Computer>() : std::optional(found.value().first());
}

Result<QList<Computer>> ComputerStore::computers() const
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<QList<Computer>> ComputerStore::approved() const
{
    return select(QStringLiteral("status = 'approved'"), {});
}

Result<std::optional<qint64>> ComputerStore::pendingOfUser(qint64 userId) const
{
    auto found = select(QStringLiteral("user_id = ? AND status = 'pending' AND expires_at > ?"), {userId, m_now});
    if (!found) {
        return found.refusal();
    }
    return found.value().isEmpty() ? std::optional<qint64>() : std::optional(found.value().first().id);
}

Result<qint64> ComputerStore::insert(const Computer& computer)
{
    QSqlQuery q(m_database.connection());
    const QString returning =
        m_database.dialect() == Database::Dialect::PostgreSQL ? QStringLiteral(" RETURNING id") : QString();
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO computers (user_id, requested_by, name, public_key, fingerprint, status, "
                           "requested_at, expires_at, decided_by, decided_at, approved_via, sealed_key, key_id, "
                           "signing_key, request_audited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                + returning,
            {computer.userId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(computer.userId), computer.owner,
             computer.name, computer.publicKey, computer.fingerprint, computerStatusKey(computer.status),
             computer.requestedAt, computer.expiresAt, computer.decidedBy, computer.decidedAt, computer.approvedVia,
             computer.sealedKey, computer.keyId, computer.signingKey},
            "filing the computer's request");
        !done) {
        return done.refusal();
    }
    if (!returning.isEmpty()) {
        if (!q.next()) {
            return storageRefusal(q.lastError(), "filing the computer's request");
        }
        return q.value(0).toLongLong();
    }
    return q.lastInsertId().toLongLong();
}

Result<bool> ComputerStore::decide(qint64 id, ComputerStatus from, ComputerStatus to, const QString& by,
                                   const QString& at)
{
    QSqlQuery q(m_database.connection());
    QString sql = QStringLiteral(
        "UPDATE computers SET status = ?, decided_by = ?, decided_at = ?, approved_via = CASE WHEN ? = 'approved' "
        "THEN 'request' ELSE approved_via END WHERE id = ? AND status = ?");
    QVariantList values {computerStatusKey(to), by, at, computerStatusKey(to), id, computerStatusKey(from)};
    if (from == ComputerStatus::Pending && to != ComputerStatus::Expired) {
        sql += QStringLiteral(" AND expires_at > ?");
        values.append(m_now);
    }
    if (to == ComputerStatus::Revoked || to == ComputerStatus::Refused) {
        sql.replace(QLatin1String("SET status = ?,"), QLatin1String("SET sealed_key = '', key_id = '', status = ?,"));
    }
    if (auto done = execPrepared(q, sql, values, "recording the decision on a computer"); !done) {
        return done.refusal();
    }
    return q.numRowsAffected() == 1;
}

Status ComputerStore::setSealedKey(qint64 id, const QString& sealedKey, const QString& keyId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE computers SET sealed_key = ?, key_id = ? WHERE id = ?"),
                        {sealedKey, keyId, id}, "sealing the database key to a computer");
}

Status ComputerStore::claim(qint64 id, qint64 userId, const QString& email)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(
        q, QStringLiteral("UPDATE computers SET user_id = ?, requested_by = ? WHERE id = ? AND user_id IS NULL"),
        {userId, email, id}, "recording whose computer this is");
}

Status ComputerStore::touch(qint64 id, const QString& at)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE computers SET last_used_at = ? WHERE id = ?"), {at, id},
                        "recording when the computer was last used");
}

Result<QList<Computer>> ComputerStore::expireOverdue(const QString& at)
{
    auto overdue = select(QStringLiteral("status = 'pending' AND expires_at <= ?"), {m_now});
    if (!overdue) {
        return overdue.refusal();
    }
    QList<Computer> expired;
    for (const Computer& computer : overdue.value()) {
        auto done = decide(computer.id, ComputerStatus::Pending, ComputerStatus::Expired, QString(), at);
        if (!done) {
            return done.refusal();
        }
        if (done.value()) {
            expired.append(computer);
        }
    }
    return expired;
}

Result<QList<Computer>> ComputerStore::unauditedRequests() const
{
    auto found = select(QStringLiteral("request_audited = 0"), {});
    if (!found) {
        return found.refusal();
    }
    QList<Computer> oldestFirst(found.value().crbegin(), found.value().crend());
    return oldestFirst;
}

Status ComputerStore::markRequestAudited(qint64 id)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE computers SET request_audited = 1 WHERE id = ?"), {id},
                        "recording that the request was audited");
}

Status ComputerStore::setSigningKey(qint64 id, const QString& signingKey)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE computers SET signing_key = ? WHERE id = ?"), {signingKey, id},
                        "registering the computer's signing key");
}

} // namespace warden
