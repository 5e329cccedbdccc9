#include "PartnerStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

const QString kPartnerSelect =
    QStringLiteral("SELECT p.id, p.name, p.home_account_id, a.code FROM partners p JOIN accounts a ON a.id = "
                   "p.home_account_id ");
const QString kExternalAdminSelect = QStringLiteral(
    "SELECT u.id, u.email, u.display_name, p.name, r.id, r.name, m.added_by, m.added_at FROM role_members m "
    "JOIN roles r ON r.id = m.role_id JOIN users u ON u.id = m.user_id JOIN partners p ON p.home_account_id = "
    "u.account_id WHERE r.account_id = ?");

Partner partnerFromRow(const QSqlQuery& q)
{
    return Partner {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
}

QList<Partner> partnersFrom(QSqlQuery& q)
{
    QList<Partner> list;
    while (q.next()) {
        list.append(partnerFromRow(q));
    }
    return list;
}

ExternalAdmin externalAdminFromRow(const QSqlQuery& q)
{
    return ExternalAdmin {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

PartnerStore::PartnerStore(Database& database)
    : m_database(database)
{ }

Result<QList<Partner>> PartnerStore::partners() const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kPartnerSelect + QStringLiteral("ORDER BY p.name_key"), {}, "reading partners");
        !done) {
        return done.refusal();
    }
    return partnersFrom(q);
}

Result<std::optional<Partner>> PartnerStore::partnerWithHome(qint64 homeAccountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kPartnerSelect + QStringLiteral("WHERE p.home_account_id = ?"), {homeAccountId},
                                 "reading partners");
        !done) {
        return done.refusal();
    }
    return q.next() ? std::optional<Partner>(partnerFromRow(q)) : std::optional<Partner>();
}

Result<std::optional<QString>> PartnerStore::conflictingPartner(const QString& name, qint64 homeAccountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("SELECT name FROM partners WHERE name_key = ? OR home_account_id = ?"),
                         {DirectoryStore::nameKey(name), homeAccountId}, "registering a partner");
        !done) {
        return done.refusal();
    }
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::optional<QString>();
}

Result<qint64> PartnerStore::insertPartner(const QString& name, qint64 homeAccountId)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO partners (name, name_key, home_account_id, created_at) "
                                                "VALUES (?, ?, ?, ?) RETURNING id"),
                                 {name, DirectoryStore::nameKey(name), homeAccountId, DirectoryStore::now()},
                                 "registering a partner");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "registering a partner");
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<bool> PartnerStore::isDelegated(qint64 accountId, qint64 partnerId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("SELECT 1 FROM account_delegations WHERE account_id = ? AND partner_id = ?"),
                         {accountId, partnerId}, "reading delegations");
        !done) {
        return done.refusal();
    }
    return q.next();
}

Result<QList<Partner>> PartnerStore::delegations(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 kPartnerSelect
                                     + QStringLiteral("JOIN account_delegations d ON d.partner_id = p.id WHERE "
                                                      "d.account_id = ? ORDER BY p.name_key"),
                                 {accountId}, "reading delegations");
        !done) {
        return done.refusal();
    }
    return partnersFrom(q);
}

Status PartnerStore::insertDelegation(qint64 accountId, qint64 partnerId, const QString& by)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("INSERT INTO account_delegations (account_id, partner_id, delegated_at, "
                                       "delegated_by) VALUES (?, ?, ?, ?)"),
                        {accountId, partnerId, DirectoryStore::now(), by}, "delegating");
}

Status PartnerStore::deleteDelegation(qint64 accountId, qint64 partnerId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM account_delegations WHERE account_id = ? AND partner_id = ?"),
                        {accountId, partnerId}, "revoking a delegation");
}

Result<QList<ExternalAdmin>> PartnerStore::externalAdmins(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kExternalAdminSelect + QStringLiteral(" ORDER BY u.email_key"), {accountId},
                                 "reading external administrators");
        !done) {
        return done.refusal();
    }
    QList<ExternalAdmin> list;
    while (q.next()) {
        list.append(externalAdminFromRow(q));
    }
    return list;
}

Result<std::optional<ExternalAdmin>> PartnerStore::externalAdmin(qint64 accountId, const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kExternalAdminSelect + QStringLiteral(" AND u.email_key = ?"),
                                 {accountId, DirectoryStore::emailKey(email)}, "reading external administrators");
        !done) {
        return done.refusal();
    }
    return q.next() ? std::optional<ExternalAdmin>(externalAdminFromRow(q)) : std::optional<ExternalAdmin>();
}

Result<QStringList> PartnerStore::removePartnerMembers(qint64 accountId, qint64 partnerId)
{
    QSqlQuery q(m_database.connection());
    auto removed = selectStrings(q,
                                 QStringLiteral("SELECT u.email FROM role_members m JOIN roles r ON r.id = m.role_id "
                                                "JOIN users u ON u.id = m.user_id JOIN partners p ON "
                                                "p.home_account_id = u.account_id WHERE r.account_id = ? AND p.id = ?"),
                                 {accountId, partnerId}, "revoking a delegation");
    if (!removed) {
        return removed;
    }
    q.finish();
    if (auto done =
            execPrepared(q,
                         QStringLiteral("DELETE FROM role_members WHERE role_id IN (SELECT id FROM roles WHERE "
                                        "account_id = ?) AND user_id IN (SELECT u.id FROM users u JOIN partners "
                                        "p ON p.home_account_id = u.account_id WHERE p.id = ?)"),
                         {accountId, partnerId}, "revoking a delegation");
        !done) {
        return done.refusal();
    }
    return removed;
}

Status PartnerStore::moveMember(qint64 userId, qint64 fromRoleId, qint64 toRoleId, const QString& by)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE role_members SET role_id = ?, added_at = ?, added_by = ? WHERE "
                                       "role_id = ? AND user_id = ?"),
                        {toRoleId, DirectoryStore::now(), by, fromRoleId, userId},
                        "changing an external administrator's role");
}

} // namespace warden
