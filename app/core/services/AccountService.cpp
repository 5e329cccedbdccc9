#include "AccountService.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../domain/BuiltInRoles.h"
#include "../domain/EmailAddress.h"
#include "../storage/Database.h"
#include "../storage/Repository.h"
#include "../storage/SqlErrors.h"
#include "../storage/Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace warden {

AccountService::AccountService(Database& database, Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
{ }

Result<Account> AccountService::create(const Actor& actor, const QString& code, const QString& name, AccountKind kind,
                                       const QString& parentCode)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$"));
    const QString trimmedCode = code.trimmed();
    if (!codePattern.match(trimmedCode).hasMatch()) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("An account code has 2 to 32 letters, digits, dots, dashes or underscores.")};
    }
    if (name.simplified().isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, tr("The account needs a name.")};
    }
    Repository repository(m_database);
    std::optional<Account> parent;
    if (!parentCode.isEmpty()) {
        auto found = repository.accountByCode(parentCode);
        if (!found) {
            return found.refusal();
        }
        parent = found.value();
        if (parent->kind != AccountKind::Master && parent->kind != AccountKind::Group) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Accounts can be nested only under a master account or a group.")};
        }
        if (kind != AccountKind::Group && kind != AccountKind::MailProcessing) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Only groups and mail-processing accounts can be nested under another account.")};
        }
        if (auto allowed = m_authorizer.check(actor, Action::CreateNestedAccount, parent->id); !allowed) {
            return allowed.refusal();
        }
    } else {
        if (kind == AccountKind::Group || kind == AccountKind::MailProcessing) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Groups and mail-processing accounts must be nested under a master account.")};
        }
        if (!actor.isSystem) {
            return Refusal {Refusal::Kind::Denied,
                            tr("Top-level accounts are created by the service provider, not from "
                               "inside an account.")};
        }
    }
    if (auto existing = repository.accountByCode(trimmedCode); existing) {
        return Refusal {Refusal::Kind::Conflict, tr("The account code \"%1\" is already in use.").arg(trimmedCode)};
    }

    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(
            q,
            QStringLiteral("INSERT INTO accounts (code, code_key, name, kind, parent_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {trimmedCode, trimmedCode.toLower(), name.simplified(), accountKindKey(kind),
             parent ? QVariant(parent->id) : QVariant(QMetaType::fromType<qlonglong>()), Repository::now()},
            "creating an account");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "creating an account");
    }
    Account account;
    account.id = q.value(0).toLongLong();
    q.finish(); // SQLite refuses to commit while a RETURNING statement is still open
    account.code = trimmedCode;
    account.name = name.simplified();
    account.kind = kind;
    if (parent) {
        account.parentId = parent->id;
    }
    for (const BuiltInRole* builtIn : BuiltInRoles::forAccountKind(kind)) {
        Role role;
        role.accountId = account.id;
        role.name = builtIn->name;
        role.description = builtIn->description;
        role.builtInKey = builtIn->key;
        role.alwaysProtected = builtIn->alwaysProtected;
        role.permissions = builtIn->permissions;
        if (auto inserted = repository.insertRole(role); !inserted) {
            return inserted.refusal();
        }
    }
    if (auto logged =
            m_audit.append(actor.auditName(), account.code, QStringLiteral("account.create"), account.code, {},
                           QJsonObject {{QStringLiteral("name"), account.name},
                                        {QStringLiteral("kind"), accountKindKey(kind)},
                                        {QStringLiteral("parent"), parent ? parent->code : QString()}});
        !logged) {
        return logged.refusal();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.refusal();
    }
    Q_EMIT m_notifier.accountsChanged();
    return account;
}

Result<QList<Account>> AccountService::visibleAccounts(const Actor& actor) const
{
    Repository repository(m_database);
    auto all = repository.accounts();
    if (!all || actor.isSystem) {
        return all;
    }
    QList<Account> visible;
    for (const Account& account : all.value()) {
        if (m_authorizer.check(actor, Action::ViewAccount, account.id)) {
            visible.append(account);
        }
    }
    return visible;
}

Result<Account> AccountService::find(const Actor& actor, const QString& code) const
{
    auto account = Repository(m_database).accountByCode(code);
    if (!account) {
        return account;
    }
    if (auto allowed = m_authorizer.check(actor, Action::ViewAccount, account.value().id); !allowed) {
        return allowed.refusal();
    }
    return account;
}

Status AccountService::addDomain(const Actor& actor, qint64 accountId, const QString& domain)
{
    const QString name = domain.trimmed().toLower();
    if (!EmailAddress::isValidDomain(name)) {
        return Refusal {Refusal::Kind::BadInput, tr("\"%1\" is not a valid domain name.").arg(domain.trimmed())};
    }
    auto account = Repository(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    if (account.value().kind == AccountKind::MailProcessing) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Mail-processing accounts cannot add domains; add the domain on the "
                           "master account and link it.")};
    }
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, accountId); !allowed) {
        return allowed;
    }
    Transaction tx(m_database);
    if (auto begun = tx.begin(); !begun) {
        return begun;
    }
    QSqlQuery exists(m_database.connection());
    if (auto done =
            execPrepared(exists, QStringLiteral("SELECT 1 FROM domains WHERE name = ?"), {name}, "adding a domain");
        !done) {
        return done;
    }
    if (exists.next()) {
        return Refusal {Refusal::Kind::Conflict, tr("The domain %1 is already registered.").arg(name)};
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("INSERT INTO domains (account_id, name) VALUES (?, ?)"),
                                 {accountId, name}, "adding a domain");
        !done) {
        return done;
    }
    if (auto logged = m_audit.append(actor.auditName(), account.value().code, QStringLiteral("domain.add"), name);
        !logged) {
        return logged;
    }
    return commitAndAnnounce(tx, [&] { Q_EMIT m_notifier.directoryChanged(accountId); });
}

Result<QStringList> AccountService::domains(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT name FROM domains WHERE account_id = ? ORDER BY name"),
                                 {accountId}, "listing domains");
        !done) {
        return done.refusal();
    }
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
    }
    return names;
}

} // namespace warden
