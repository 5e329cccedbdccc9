#include "DirectoryService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../storage/Database.h"
#include "../storage/AccountStore.h"
#include "../storage/Repository.h"
#include "../storage/RoleStore.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace warden {

namespace {

QString ftsQuery(const QString& text)
{
    // Each word becomes a quoted prefix term, so FTS5 operators in the input are plain text.
    QStringList terms;
    for (QString word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.replace(QLatin1String("\""), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString likePrefix(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

DirectoryService::DirectoryService(Database& database, Authorizer& authorizer, AuditLog& audit,
                                   ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
{ }

QString DirectoryService::problemWith(const User& user, const QStringList& domains) const
{
    const QString email = user.email.trimmed();
    if (QString problem = UserFields::problem(email, user.displayName, user.upn); !problem.isEmpty()) {
        return problem;
    }
    if (!domains.contains(EmailAddress::domainOf(email))) {
        return tr("%1 is not in one of this account's internal domains (%2).")
            .arg(email, domains.isEmpty() ? tr("none yet") : domains.join(QStringLiteral(", ")));
    }
    return {};
}

Result<User> DirectoryService::addUser(const Actor& actor, qint64 accountId, const User& user)
{
    auto added = addUsers(actor, accountId, {user});
    if (!added) {
        return added.refusal();
    }
    return Repository(m_database).userByEmail(user.email);
}

Result<int> DirectoryService::addUsers(const Actor& actor, qint64 accountId, const QList<User>& users)
{
    Repository repository(m_database);
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    auto domains = AccountStore(m_database).domains(accountId);
    if (!domains) {
        return domains.refusal();
    }
    QStringList problems;
    QSet<QString> seen;
    for (const User& user : users) {
        QString problem = problemWith(user, domains.value());
        const QString key = Repository::emailKey(user.email);
        if (problem.isEmpty() && seen.contains(key)) {
            problem = tr("%1 appears more than once.").arg(user.email.trimmed());
        }
        seen.insert(key);
        if (!problem.isEmpty()) {
            problems.append(problem);
        }
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery exists(m_database.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE email_key = ?"));
    for (const User& user : users) {
        exists.addBindValue(Repository::emailKey(user.email));
        if (auto done = exec(exists, "checking addresses"); !done) {
            return done.refusal();
        }
        if (exists.next()) {
            problems.append(tr("%1 is already in the directory.").arg(user.email.trimmed()));
        }
        exists.finish();
    }
    if (!problems.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("No users were added: %1").arg(problems.mid(0, 20).join(QLatin1Char(' ')))
                            + (problems.size() > 20 ? tr(" (and %n more problems)", nullptr, int(problems.size() - 20))
                                                    : QString())};
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                       "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Repository::now();
    for (const User& user : users) {
        const QString source = user.source.isEmpty() ? QStringLiteral("manual") : user.source;
        insert.addBindValue(accountId);
        insert.addBindValue(user.email.trimmed());
        insert.addBindValue(Repository::emailKey(user.email));
        insert.addBindValue(user.upn.trimmed());
        insert.addBindValue(user.displayName.simplified());
        insert.addBindValue(Repository::nameKey(user.displayName));
        insert.addBindValue(source);
        insert.addBindValue(user.disabled ? 1 : 0);
        insert.addBindValue(now);
        if (auto done = exec(insert, "adding users"); !done) {
            return done.refusal();
        }
    }
    QJsonObject after {{QStringLiteral("count"), static_cast<qint64>(users.size())}};
    if (users.size() == 1) {
        after.insert(QStringLiteral("email"), users.first().email.trimmed());
        after.insert(QStringLiteral("displayName"), users.first().displayName.simplified());
    }
    if (auto logged = m_audit.append(
            actor.auditName(), account.value().code,
            users.size() == 1 ? QStringLiteral("user.add") : QStringLiteral("user.add_many"),
            users.size() == 1 ? users.first().email.trimmed() : tr("%n users", nullptr, int(users.size())), {}, after);
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.directoryChanged(accountId);
    return static_cast<int>(users.size());
}

Status DirectoryService::setDisabled(const Actor& actor, const QString& email, bool disabled)
{
    Repository repository(m_database);
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    auto account = AccountStore(m_database).account(user.value().accountId);
    if (!account) {
        return account.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, user.value().accountId); !allowed) {
        return allowed;
    }
    if (user.value().disabled == disabled) {
        return {};
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    if (disabled) {
        QSqlQuery q(m_database.connection());
        if (auto done = execPrepared(
                q,
                QStringLiteral("SELECT r.id, (SELECT count(*) FROM role_members m2 JOIN users u2 ON u2.id = m2.user_id "
                               "WHERE m2.role_id = r.id AND u2.disabled = 0) FROM roles r JOIN role_members m "
                               "ON m.role_id = r.id WHERE m.user_id = ? AND r.builtin_key = ?"),
                {user.value().id, BuiltInRoles::kSuperAdministrator}, "checking Super Administrators");
            !done) {
            return done;
        }
        if (q.next() && q.value(1).toInt() <= 1) {
            return Refusal {Refusal::Kind::Forbidden,
                            tr("%1 is the last Super Administrator of this account and cannot be disabled.")
                                .arg(user.value().email)};
        }
    }
    QSqlQuery update(m_database.connection());
    if (auto done = execPrepared(update, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                                 {disabled ? 1 : 0, user.value().id}, "updating a user");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code,
                                     disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                     user.value().email, QJsonObject {{QStringLiteral("disabled"), !disabled}},
                                     QJsonObject {{QStringLiteral("disabled"), disabled}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(user.value().accountId); });
}

Result<QStringList> DirectoryService::addressChangeLosses(const Actor& actor, const QString& email,
                                                          const QString& newEmail) const
{
    Repository repository(m_database);
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, user.value().accountId); !allowed) {
        return allowed.refusal();
    }
    const QString address = newEmail.trimmed();
    auto domains = AccountStore(m_database).domains(user.value().accountId);
    if (!domains) {
        return domains.refusal();
    }
    if (const QString problem = problemWith(User {0, 0, address, {}, {}, {}, false}, domains.value());
        !problem.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, problem};
    }
    const bool sameKey = Repository::emailKey(address) == Repository::emailKey(user.value().email);
    if (!sameKey) {
        if (auto taken = repository.userByEmail(address); taken) {
            return Refusal {Refusal::Kind::Conflict, tr("%1 is already in the directory.").arg(address)};
        }
    }
    QStringList lost;
    if (sameKey) {
        return lost;
    }
    auto roles = RoleStore(m_database).rolesOfUser(user.value().id);
    if (!roles) {
        return roles.refusal();
    }
    for (const Role& role : roles.value()) {
        if (auto allowed = m_authorizer.check(actor, Action::RemoveRoleMember, role.accountId, &role); !allowed) {
            return Refusal {allowed.refusal().kind,
                            tr("Changing the address would remove %1: %2").arg(role.name, allowed.refusal().message)};
        }
        auto account = AccountStore(m_database).account(role.accountId);
        lost.append(QStringLiteral("%1 (%2)").arg(role.name, account ? account.value().code : QString()));
    }
    return lost;
}

Result<QStringList> DirectoryService::changePrimaryAddress(const Actor& actor, const QString& email,
                                                           const QString& newEmail, bool confirmRoleRemoval)
{
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    auto lost = addressChangeLosses(actor, email, newEmail);
    if (!lost) {
        return lost.refusal();
    }
    if (!lost.value().isEmpty() && !confirmRoleRemoval) {
        return Refusal {Refusal::Kind::Conflict,
                        tr("Changing the primary address removes these admin roles: %1. Confirm to go ahead.")
                            .arg(lost.value().join(QStringLiteral(", ")))};
    }
    Repository repository(m_database);
    const User user = repository.userByEmail(email).value();
    auto account = AccountStore(m_database).account(user.accountId);
    if (!account) {
        return account.refusal();
    }
    const QString address = newEmail.trimmed();
    QSqlQuery q(m_database.connection());
    const bool sameKey = Repository::emailKey(address) == Repository::emailKey(user.email);
    if (!sameKey) {
        if (auto done = execPrepared(q, QStringLiteral("DELETE FROM role_members WHERE user_id = ?"), {user.id},
                                     "changing an address");
            !done) {
            return done.refusal();
        }
    }
    if (auto done = execPrepared(q, QStringLiteral("UPDATE users SET email = ?, email_key = ? WHERE id = ?"),
                                 {address, Repository::emailKey(address), user.id}, "changing an address");
        !done) {
        return done.refusal();
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.value().code, QStringLiteral("user.address_change"), address,
                           QJsonObject {{QStringLiteral("email"), user.email},
                                        {QStringLiteral("roles"), QJsonArray::fromStringList(lost.value())}},
                           QJsonObject {{QStringLiteral("email"), address}, {QStringLiteral("roles"), QJsonArray()}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = commitAndAnnounce(tx,
                                           [&] {
                                               Q_EMIT m_notifier.directoryChanged(user.accountId);
                                               Q_EMIT m_notifier.rolesChanged(user.accountId);
                                           });
        !committed) {
        return committed.refusal();
    }
    return lost;
}

Status DirectoryService::setUpn(const Actor& actor, const QString& email, const QString& upn)
{
    Repository repository(m_database);
    auto user = repository.userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, user.value().accountId); !allowed) {
        return allowed;
    }
    if (const QString problem = UserFields::problem(user.value().email, user.value().displayName, upn.trimmed());
        !problem.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, problem};
    }
    auto account = AccountStore(m_database).account(user.value().accountId);
    if (!account) {
        return account.refusal();
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("UPDATE users SET upn = ? WHERE id = ?"),
                                 {upn.trimmed(), user.value().id}, "changing a UPN");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("user.upn_change"),
                                     user.value().email, QJsonObject {{QStringLiteral("upn"), user.value().upn}},
                                     QJsonObject {{QStringLiteral("upn"), upn.trimmed()}});
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(user.value().accountId); });
}

Result<User> DirectoryService::find(const Actor& actor, const QString& email) const
{
    auto user = Repository(m_database).userByEmail(email);
    if (!user) {
        return user;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, user.value().accountId); !allowed) {
        return allowed.refusal();
    }
    return user;
}

Result<UserPage> DirectoryService::search(const Actor& actor, qint64 accountId, const QString& text, qint64 afterId,
                                          int limit) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    const QString columns = Repository::userColumns(QStringLiteral("u."));
    const QString needle = text.simplified().toLower();
    QString sql;
    QVariantList values;
    if (needle.isEmpty()) {
        sql = QStringLiteral("SELECT %1 FROM users u WHERE u.account_id = ? AND u.id > ? ORDER BY u.id LIMIT ?")
                  .arg(columns);
        values = {accountId, afterId, limit + 1};
    } else if (m_database.dialect() == Database::Dialect::SQLite) {
        sql = QStringLiteral("SELECT %1 FROM users_fts f JOIN users u ON u.id = f.rowid WHERE users_fts MATCH ? "
                             "AND f.rowid > ? AND u.account_id = ? ORDER BY f.rowid LIMIT ?")
                  .arg(columns);
        values = {ftsQuery(needle), afterId, accountId, limit + 1};
    } else {
        sql = QStringLiteral("SELECT %1 FROM users u WHERE u.account_id = ? AND u.id > ? AND (u.email_key LIKE ? "
                             "ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\' OR u.name_key LIKE ? ESCAPE '\\') "
                             "ORDER BY u.id LIMIT ?")
                  .arg(columns);
        const QString prefix = likePrefix(needle);
        values = {accountId, afterId, prefix, prefix, QString(QStringLiteral("% ") + prefix), limit + 1};
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done = execPrepared(q, sql, values, "searching the directory"); !done) {
        return done.refusal();
    }
    UserPage page;
    while (q.next()) {
        if (page.users.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.users.append(Repository::userFromRow(q));
    }
    page.nextAfterId = page.users.isEmpty() ? afterId : page.users.last().id;
    return page;
}

Result<qint64> DirectoryService::count(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT count(*) FROM users WHERE account_id = ?"), {accountId},
                                 "counting users");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace warden
