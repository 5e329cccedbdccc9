#include "ChangeRequestStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

const QString kRequestColumns = QStringLiteral(
    "id, account_id, kind, COALESCE(role_id, 0), role_name, target_email, auth_method, justification, status, "
    "requested_by_id, requested_by, requested_at, expires_at, decided_by, decided_at, decision_note");

ChangeRequest requestFromRow(const QSqlQuery& q)
{
    ChangeRequest request;
    request.id = q.value(0).toLongLong();
    request.accountId = q.value(1).toLongLong();
    request.kind = changeRequestKindFromKey(q.value(2).toString()).value_or(ChangeRequestKind::AddMember);
    request.roleId = q.value(3).toLongLong();
    request.roleName = q.value(4).toString();
    request.targetEmail = q.value(5).toString();
    request.authMethod = q.value(6).toString();
    request.justification = q.value(7).toString();
    request.status = changeRequestStatusFromKey(q.value(8).toString()).value_or(ChangeRequestStatus::Pending);
    request.requestedById = q.value(9).toLongLong();
    request.requestedBy = q.value(10).toString();
    request.requestedAt = q.value(11).toString();
    request.expiresAt = q.value(12).toLongLong();
    request.decidedBy = q.value(13).toString();
    request.decidedAt = q.value(14).toString();
    request.decisionNote = q.value(15).toString();
    return request;
}

} // namespace

ChangeRequestStore::ChangeRequestStore(Database& database, qint64 now)
    : m_database(database)
    , m_now(now)
{ }

Result<QList<ChangeRequest>> ChangeRequestStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q, QStringLiteral("SELECT %1 FROM change_requests WHERE %2 ORDER BY id DESC").arg(kRequestColumns, where),
            values, "reading change requests");
        !done) {
        return done.refusal();
    }
    QList<ChangeRequest> requests;
    while (q.next()) {
        ChangeRequest request = requestFromRow(q);
        if (request.status == ChangeRequestStatus::Pending && request.expiresAt <= m_now) {
            request.status = ChangeRequestStatus::Expired;
        }
        requests.append(request);
    }
    return requests;
}

Result<std::optional<ChangeRequest>> ChangeRequestStore::request(qint64 requestId) const
{
    auto found = select(QStringLiteral("id = ?"), {requestId});
    if (!found) {
        return found.refusal();
    }
    return found.value().isEmpty() ? std::optional<ChangeRequest>() : std::optional(found.value().first());
}

Result<QList<ChangeRequest>> ChangeRequestStore::requests(qint64 accountId) const
{
    return select(QStringLiteral("account_id = ?"), {accountId});
}

Result<std::optional<qint64>> ChangeRequestStore::pendingDuplicate(const ChangeRequest& request) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT id FROM change_requests WHERE account_id = ? AND kind = ? AND "
                                                "COALESCE(role_id, 0) = ? AND lower(target_email) = ? AND status = "
                                                "'pending' AND expires_at > ?"),
                                 {request.accountId, changeRequestKindKey(request.kind), request.roleId,
                                  DirectoryStore::emailKey(request.targetEmail), m_now},
                                 "checking for the same request");
        !done) {
        return done.refusal();
    }
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

Result<qint64> ChangeRequestStore::insert(const ChangeRequest& request)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO change_requests (account_id, kind, role_id, role_name, "
                                                "target_email, auth_method, justification, requested_by_id, "
                                                "requested_by, requested_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?) RETURNING id"),
                                 {request.accountId, changeRequestKindKey(request.kind),
                                  request.roleId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : request.roleId,
                                  request.roleName, request.targetEmail, request.authMethod, request.justification,
                                  request.requestedById, request.requestedBy, request.requestedAt, request.expiresAt},
                                 "filing a change request");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "filing a change request");
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<bool> ChangeRequestStore::expire(qint64 requestId, const QString& at)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("UPDATE change_requests SET status = 'expired', decided_by = 'system', "
                                                "decided_at = ? WHERE id = ? AND status = 'pending'"),
                                 {at, requestId}, "expiring a change request");
        !done) {
        return done.refusal();
    }
    return q.numRowsAffected() == 1;
}

Result<bool> ChangeRequestStore::decide(qint64 requestId, ChangeRequestStatus status, const QString& by,
                                        const QString& at, const QString& note)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("UPDATE change_requests SET status = ?, decided_by = ?, decided_at = "
                                        "?, decision_note = ? WHERE id = ? AND status = 'pending' AND "
                                        "expires_at > ?"),
                         {changeRequestStatusKey(status), by, at, note, requestId, m_now}, "deciding a change request");
        !done) {
        return done.refusal();
    }
    return q.numRowsAffected() == 1;
}

} // namespace warden
