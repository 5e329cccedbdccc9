#include "RoleService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../storage/Database.h"
#include "../storage/Repository.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace warden {

namespace {

QJsonObject roleJson(const Role& role)
{
    return QJsonObject {{QStringLiteral("name"), role.name},
                        {QStringLiteral("description"), role.description},
                        {QStringLiteral("permissions"), role.permissions.toJson()}};
}

/// Looks addresses up in batches (one query per few hundred), keyed by lower-case address.
Result<QHash<QString, User>> usersByEmail(Database& database, const QStringList& emails)
{
    constexpr qsizetype kBatch = 400;
    QHash<QString, User> users;
    for (qsizetype start = 0; start < emails.size(); start += kBatch) {
        const QStringList batch = emails.mid(start, kBatch);
        QStringList placeholders;
        QVariantList keys;
        for (const QString& email : batch) {
            placeholders.append(QStringLiteral("?"));
            keys.append(Repository::emailKey(email));
        }
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (auto done =
                execPrepared(q,
                             QStringLiteral("SELECT id, account_id, email, upn, display_name, source, disabled, "
                                            "email_key FROM users WHERE email_key IN (%1)")
                                 .arg(placeholders.join(QLatin1Char(','))),
                             keys, "looking up addresses");
            !done) {
            return done.refusal();
        }
        while (q.next()) {
            users.insert(q.value(7).toString(), Repository::userFromRow(q));
        }
    }
    return users;
}

Result<QString> accountCode(Database& database, qint64 accountId)
{
    auto account = Repository(database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    return account.value().code;
}

} // namespace

RoleService::RoleService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
{ }

Result<QList<Role>> RoleService::roles(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, accountId); !allowed) {
        return allowed.refusal();
    }
    return Repository(m_database).roles(accountId);
}

Result<Role> RoleService::role(const Actor& actor, qint64 roleId) const
{
    auto found = Repository(m_database).role(roleId);
    if (!found) {
        return found;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, found.value().accountId); !allowed) {
        return allowed.refusal();
    }
    return found;
}

Result<Role> RoleService::roleByName(const Actor& actor, qint64 accountId, const QString& name) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewRoles, accountId); !allowed) {
        return allowed.refusal();
    }
    return Repository(m_database).roleByName(accountId, name);
}

Result<MemberPage> RoleService::members(const Actor& actor, qint64 roleId, const QString& afterEmail, int limit) const
{
    auto found = role(actor, roleId);
    if (!found) {
        return found.refusal();
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT %1, u.email_key FROM role_members m JOIN users u ON u.id = "
                                        "m.user_id WHERE m.role_id = ? AND u.email_key > ? ORDER BY u.email_key "
                                        "LIMIT ?")
                             .arg(Repository::userColumns(QStringLiteral("u."))),
                         {roleId, afterEmail, limit + 1}, "listing role members");
        !done) {
        return done.refusal();
    }
    MemberPage page;
    while (q.next()) {
        if (page.members.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.nextAfterEmail = q.value(7).toString();
        page.members.append(Repository::userFromRow(q));
    }
    return page;
}

Result<QList<Role>> RoleService::rolesOfUser(const Actor& actor, const QString& email) const
{
    Repository repository(m_database);
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    auto held = repository.rolesOfUser(user.value().id);
    if (!held) {
        return held;
    }
    QList<Role> visible;
    for (const Role& r : held.value()) {
        if (m_authorizer.check(actor, Action::ViewRoles, r.accountId)) {
            visible.append(r);
        }
    }
    return visible;
}

Status RoleService::validateName(qint64 accountId, const QString& name, qint64 exceptRoleId) const
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("A role needs a name.")};
    }
    if (simplified.size() > 100) {
        return Refusal {Refusal::Kind::BadInput, tr("A role name has at most 100 characters.")};
    }
    auto existing = Repository(m_database).roleByName(accountId, simplified);
    if (existing && existing.value().id != exceptRoleId) {
        return Refusal {Refusal::Kind::Conflict, tr("This account already has a role named \"%1\".").arg(simplified)};
    }
    if (!existing && existing.refusal().kind != Refusal::Kind::NotFound) {
        return existing.refusal();
    }
    return {};
}

Status RoleService::canCreate(const Actor& actor, qint64 accountId) const
{
    return m_authorizer.check(actor, Action::CreateRole, accountId);
}

Status RoleService::canCopy(const Actor& actor, const Role& role) const
{
    Role copy = role;
    copy.id = 0;
    copy.builtInKey.clear();
    copy.alwaysProtected = false;
    copy.neverProtected = false;
    return m_authorizer.check(actor, Action::CreateRole, role.accountId, &copy);
}

Status RoleService::canSave(const Actor& actor, const Role& proposed) const
{
    if (proposed.id == 0) {
        if (auto allowed = m_authorizer.check(actor, Action::CreateRole, proposed.accountId, &proposed); !allowed) {
            return allowed;
        }
        return validateName(proposed.accountId, proposed.name, 0);
    }
    auto current = Repository(m_database).role(proposed.id);
    if (!current) {
        return current.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, current.value().accountId, &current.value());
        !allowed) {
        return allowed;
    }
    Role updated = current.value();
    updated.name = proposed.name;
    updated.permissions = proposed.permissions;
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, updated.accountId, &updated); !allowed) {
        return allowed;
    }
    return validateName(updated.accountId, updated.name, updated.id);
}

Status RoleService::canEdit(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::EditRole, role.accountId, &role);
}

Status RoleService::canDelete(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::DeleteRole, role.accountId, &role);
}

Status RoleService::canAddMembers(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::AddRoleMember, role.accountId, &role);
}

Status RoleService::canRemoveMembers(const Actor& actor, const Role& role) const
{
    return m_authorizer.check(actor, Action::RemoveRoleMember, role.accountId, &role);
}

Result<Role> RoleService::createRole(const Actor& actor, qint64 accountId, const QString& name,
                                     const QString& description, const PermissionSet& permissions)
{
    Role proposed;
    proposed.accountId = accountId;
    proposed.name = name.simplified();
    proposed.description = description.trimmed();
    proposed.permissions = permissions;
    if (auto allowed = m_authorizer.check(actor, Action::CreateRole, accountId, &proposed); !allowed) {
        return allowed.refusal();
    }
    if (auto valid = validateName(accountId, name, 0); !valid) {
        return valid.refusal();
    }
    auto code = accountCode(m_database, accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto created = Repository(m_database).insertRole(proposed);
    if (!created) {
        return created;
    }
    if (auto logged = m_audit.append(actor.auditName(), code.value(), QStringLiteral("role.create"), proposed.name, {},
                                     roleJson(created.value()));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.rolesChanged(accountId);
    return created;
}

Result<Role> RoleService::copyRole(const Actor& actor, qint64 sourceRoleId, const QString& newName)
{
    auto source = role(actor, sourceRoleId);
    if (!source) {
        return source;
    }
    // A copy is a new custom role: the copier needs every permission it carries.
    return createRole(actor, source.value().accountId, newName, source.value().description, source.value().permissions);
}

Result<Role> RoleService::updateRole(const Actor& actor, qint64 roleId, const QString& name, const QString& description,
                                     const PermissionSet& permissions)
{
    auto current = Repository(m_database).role(roleId);
    if (!current) {
        return current;
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, current.value().accountId, &current.value());
        !allowed) {
        return allowed.refusal();
    }
    Role updated = current.value();
    updated.name = name.simplified();
    updated.description = description.trimmed();
    updated.permissions = permissions;
    // The new permissions are checked too: no escalation, no silent turn into a protected role.
    if (auto allowed = m_authorizer.check(actor, Action::EditRole, updated.accountId, &updated); !allowed) {
        return allowed.refusal();
    }
    if (auto valid = validateName(updated.accountId, updated.name, roleId); !valid) {
        return valid.refusal();
    }
    auto code = accountCode(m_database, updated.accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q, QStringLiteral("UPDATE roles SET name = ?, name_key = ?, description = ? WHERE id = ?"),
            {updated.name, Repository::nameKey(updated.name), updated.description, roleId}, "updating a role");
        !done) {
        return done.refusal();
    }
    if (auto done = Repository(m_database).writePermissions(roleId, permissions); !done) {
        return done.refusal();
    }
    if (auto logged = m_audit.append(actor.auditName(), code.value(), QStringLiteral("role.edit"), updated.name,
                                     roleJson(current.value()), roleJson(updated));
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.rolesChanged(updated.accountId);
    return updated;
}

Status RoleService::deleteRole(const Actor& actor, qint64 roleId, bool removeMembers)
{
    auto current = Repository(m_database).role(roleId);
    if (!current) {
        return current.refusal();
    }
    const Role& target = current.value();
    if (auto allowed = m_authorizer.check(actor, Action::DeleteRole, target.accountId, &target); !allowed) {
        return allowed;
    }
    if (target.memberCount > 0 && !removeMembers) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("\"%1\" still has %n member(s). Remove them first, or choose \"Remove members and delete\".",
                           nullptr, target.memberCount)
                            .arg(target.name)};
    }
    auto code = accountCode(m_database, target.accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE role_id = ?"), {roleId}, "deleting a role");
        !done) {
        return done;
    }
    if (auto done = execPrepared(q, QStringLiteral("DELETE FROM roles WHERE id = ?"), {roleId}, "deleting a role");
        !done) {
        return done;
    }
    QJsonObject before = roleJson(target);
    before.insert(QStringLiteral("memberCount"), target.memberCount);
    if (auto logged =
            m_audit.append(actor.auditName(), code.value(), QStringLiteral("role.delete"), target.name, before);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.rolesChanged(target.accountId); });
}

Result<QSet<qint64>> RoleService::membersAmong(const Actor& actor, qint64 roleId, const QList<qint64>& userIds) const
{
    auto found = role(actor, roleId);
    if (!found) {
        return found.refusal();
    }
    QSet<qint64> members;
    if (userIds.isEmpty()) {
        return members;
    }
    QStringList placeholders;
    QVariantList values {roleId};
    for (const qint64 id : userIds) {
        placeholders.append(QStringLiteral("?"));
        values.append(id);
    }
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT user_id FROM role_members WHERE role_id = ? AND user_id IN (%1)")
                             .arg(placeholders.join(QLatin1Char(','))),
                         values, "reading role members");
        !done) {
        return done.refusal();
    }
    while (q.next()) {
        members.insert(q.value(0).toLongLong());
    }
    return members;
}

Result<MembershipChange> RoleService::addMembers(const Actor& actor, qint64 roleId, const QStringList& emails,
                                                 const Progress& progress)
{
    Repository repository(m_database);
    auto found = repository.role(roleId);
    if (!found) {
        return found.refusal();
    }
    const Role& target = found.value();
    if (auto allowed = m_authorizer.check(actor, Action::AddRoleMember, target.accountId, &target); !allowed) {
        return allowed.refusal();
    }
    if (emails.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("No users were selected.")};
    }
    const BuiltInRole* builtIn = BuiltInRoles::find(target.builtInKey);
    auto byEmail = usersByEmail(m_database, emails);
    if (!byEmail) {
        return byEmail.refusal();
    }
    QStringList problems;
    QList<User> users;
    QSet<qint64> seen;
    for (const QString& email : emails) {
        const auto it = byEmail.value().constFind(Repository::emailKey(email));
        if (it == byEmail.value().cend()) {
            problems.append(tr("%1 is not in the internal directory.").arg(email.trimmed()));
            continue;
        }
        const User& user = it.value();
        if (user.accountId != target.accountId) {
            problems.append(tr("%1 belongs to another account's directory.").arg(user.email));
            continue;
        }
        if (user.disabled) {
            problems.append(tr("%1 is disabled.").arg(user.email));
            continue;
        }
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            users.append(user);
        }
    }
    if (builtIn != nullptr && builtIn->partnerOnly) {
        problems.append(tr("The Partner Administrator role is only for partner (MSP) administrators."));
    }
    if (!problems.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("Nobody was added: %1").arg(problems.join(QLatin1Char(' ')))};
    }
    auto code = accountCode(m_database, target.accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    MembershipChange change;
    QSqlQuery insert(m_database.connection());
    const QString insertSql = m_database.dialect() == Database::Dialect::SQLite
        ? QStringLiteral(
            "INSERT OR IGNORE INTO role_members (role_id, user_id, added_at, added_by) VALUES (?, ?, ?, ?)")
        : QStringLiteral("INSERT INTO role_members (role_id, user_id, added_at, added_by) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING");
    insert.prepare(insertSql);
    const QString now = Repository::now();
    for (const User& user : users) {
        insert.addBindValue(roleId);
        insert.addBindValue(user.id);
        insert.addBindValue(now);
        insert.addBindValue(actor.auditName());
        if (auto done = exec(insert, "adding role members"); !done) {
            return done.refusal();
        }
        (insert.numRowsAffected() > 0 ? change.added : change.alreadyMembers).append(user.email);
        const int done = int(change.added.size() + change.alreadyMembers.size());
        if (progress && done % 100 == 0 && !progress(done, int(users.size()))) {
            return Refusal {Refusal::Kind::BadInput, tr("Cancelled; nobody was added.")};
        }
    }
    if (!change.added.isEmpty()) {
        const QString targetText = change.added.size() == 1
            ? change.added.first() + QStringLiteral(" → ") + target.name
            : tr("%n users → %1", nullptr, int(change.added.size())).arg(target.name);
        if (auto logged =
                m_audit.append(actor.auditName(), code.value(), QStringLiteral("role.member.add"), targetText, {},
                               QJsonObject {{QStringLiteral("role"), target.name},
                                            {QStringLiteral("added"), QJsonArray::fromStringList(change.added)}});
            !logged) {
            return logged.refusal();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.membersChanged(roleId);
    return change;
}

Status RoleService::removeMember(const Actor& actor, qint64 roleId, const QString& email)
{
    Repository repository(m_database);
    auto found = repository.role(roleId);
    if (!found) {
        return found.refusal();
    }
    const Role& target = found.value();
    if (auto visible = m_authorizer.check(actor, Action::ViewRoles, target.accountId); !visible) {
        return visible;
    }
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT 1 FROM role_members WHERE role_id = ? AND user_id = ?"),
                                 {roleId, user.value().id}, "reading role members");
        !done) {
        return done;
    }
    if (!q.next()) {
        return Refusal {Refusal::Kind::NotFound,
                        tr("%1 is not a member of \"%2\".").arg(user.value().email, target.name)};
    }
    q.finish();
    if (target.builtInKey == BuiltInRoles::kSuperAdministrator) {
        QSqlQuery count(m_database.connection());
        if (auto done =
                execPrepared(count,
                             QStringLiteral("SELECT count(*) FROM role_members m JOIN users u ON u.id = m.user_id "
                                            "WHERE m.role_id = ? AND u.disabled = 0"),
                             {roleId}, "counting Super Administrators");
            !done) {
            return done;
        }
        const bool last = count.next() && count.value(0).toInt() <= 1;
        count.finish();
        if (last) {
            return Refusal {Refusal::Kind::Forbidden,
                            tr("%1 is the last Super Administrator of this account and cannot be removed. Add another "
                               "Super Administrator first.")
                                .arg(user.value().email)};
        }
    }
    if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, target.accountId, &target); !allowed) {
        return allowed;
    }
    auto code = accountCode(m_database, target.accountId);
    if (!code) {
        return code.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery remove(m_database.connection());
    if (auto done = execPrepared(remove, QStringLiteral("DELETE FROM role_members WHERE role_id = ? AND user_id = ?"),
                                 {roleId, user.value().id}, "removing a role member");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(
            actor.auditName(), code.value(), QStringLiteral("role.member.remove"),
            user.value().email + QStringLiteral(" → ") + target.name,
            QJsonObject {{QStringLiteral("role"), target.name}, {QStringLiteral("member"), user.value().email}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.membersChanged(roleId); });
}

} // namespace warden
