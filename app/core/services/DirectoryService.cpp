#include "DirectoryService.h"

#include "../authorization/Authorizer.h"
#include "../domain/EmailAddress.h"
#include "../domain/UserFields.h"
#include "../storage/AccountStore.h"
#include "../storage/DirectoryStore.h"
#include "../storage/RoleStore.h"
#include "../write/WritePath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace warden {

DirectoryService::DirectoryService(Database& database, Authorizer& authorizer, WritePath& writes)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_writes(writes)
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
    return DirectoryStore(m_database).userByEmail(user.email);
}

Result<int> DirectoryService::addUsers(const Actor& actor, qint64 accountId, const QList<User>& users)
{
    auto account = AccountStore(m_database).account(accountId);
    if (!account) {
        return account.refusal();
    }
    return m_writes.run(WriteScope::checked(actor, Action::EditDirectory, accountId), [&](Write& write) -> Result<int> {
        auto problems = problemsAdding(accountId, users);
        if (!problems) {
            return problems.refusal();
        }
        if (!problems.value().isEmpty()) {
            const QStringList& all = problems.value();
            return Refusal {
                Refusal::Kind::BadInput,
                tr("No users were added: %1").arg(all.mid(0, 20).join(QLatin1Char(' ')))
                    + (all.size() > 20 ? tr(" (and %n more problems)", nullptr, int(all.size() - 20)) : QString())};
        }
        if (auto done = DirectoryStore(m_database).insertUsers(accountId, users); !done) {
            return done.refusal();
        }
        QJsonObject after {{QStringLiteral("count"), static_cast<qint64>(users.size())}};
        if (users.size() == 1) {
            after.insert(QStringLiteral("email"), users.first().email.trimmed());
            after.insert(QStringLiteral("displayName"), users.first().displayName.simplified());
        }
        write.audit(users.size() == 1 ? QStringLiteral("user.add") : QStringLiteral("user.add_many"),
                    users.size() == 1 ? users.first().email.trimmed() : tr("%n users", nullptr, int(users.size())), {},
                    after);
        write.changed(Changed::Directory, accountId);
        return static_cast<int>(users.size());
    });
}

Result<QStringList> DirectoryService::problemsAdding(qint64 accountId, const QList<User>& users) const
{
    auto domains = AccountStore(m_database).domains(accountId);
    if (!domains) {
        return domains.refusal();
    }
    QStringList problems;
    QSet<QString> seen;
    QStringList emails;
    for (const User& user : users) {
        QString problem = problemWith(user, domains.value());
        const QString key = DirectoryStore::emailKey(user.email);
        if (problem.isEmpty() && seen.contains(key)) {
            problem = tr("%1 appears more than once.").arg(user.email.trimmed());
        }
        seen.insert(key);
        emails.append(user.email);
        if (!problem.isEmpty()) {
            problems.append(problem);
        }
    }
    auto existing = DirectoryStore(m_database).usersByEmails(emails);
    if (!existing) {
        return existing.refusal();
    }
    for (const User& user : users) {
        if (existing.value().contains(DirectoryStore::emailKey(user.email))) {
            problems.append(tr("%1 is already in the directory.").arg(user.email.trimmed()));
        }
    }
    return problems;
}

Status DirectoryService::setDisabled(const Actor& actor, const QString& email, bool disabled)
{
    auto user = DirectoryStore(m_database).userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    const User& target = user.value();
    return m_writes.run(
        WriteScope::checked(actor, Action::EditDirectory, target.accountId), [&](Write& write) -> Status {
            if (target.disabled == disabled) {
                return {};
            }
            if (disabled) {
                auto last = RoleStore(m_database).isLastActiveSuperAdministrator(target.id);
                if (!last) {
                    return last.refusal();
                }
                if (last.value()) {
                    return Refusal {Refusal::Kind::Forbidden,
                                    tr("%1 is the last Super Administrator of this account and cannot be disabled.")
                                        .arg(target.email)};
                }
            }
            if (auto done = DirectoryStore(m_database).setDisabled(target.id, disabled); !done) {
                return done;
            }
            write.audit(disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), target.email,
                        QJsonObject {{QStringLiteral("disabled"), !disabled}},
                        QJsonObject {{QStringLiteral("disabled"), disabled}});
            write.changed(Changed::Directory, target.accountId);
            return {};
        });
}

Result<QStringList> DirectoryService::addressChangeLosses(const Actor& actor, const QString& email,
                                                          const QString& newEmail) const
{
    DirectoryStore directory(m_database);
    auto user = directory.userByEmail(email);
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
    const bool sameKey = DirectoryStore::emailKey(address) == DirectoryStore::emailKey(user.value().email);
    if (!sameKey) {
        if (auto taken = directory.userByEmail(address); taken) {
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
    auto user = DirectoryStore(m_database).userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    const User& target = user.value();
    return m_writes.run(
        WriteScope::checked(actor, Action::EditDirectory, target.accountId), [&](Write& write) -> Result<QStringList> {
            auto lost = addressChangeLosses(actor, email, newEmail);
            if (!lost) {
                return lost.refusal();
            }
            if (!lost.value().isEmpty() && !confirmRoleRemoval) {
                return Refusal {Refusal::Kind::Conflict,
                                tr("Changing the primary address removes these admin roles: %1. Confirm to go ahead.")
                                    .arg(lost.value().join(QStringLiteral(", ")))};
            }
            const QString address = newEmail.trimmed();
            if (DirectoryStore::emailKey(address) != DirectoryStore::emailKey(target.email)) {
                if (auto done = RoleStore(m_database).removeAllMemberships(target.id); !done) {
                    return done.refusal();
                }
            }
            if (auto done = DirectoryStore(m_database).setAddress(target.id, address); !done) {
                return done.refusal();
            }
            write.audit(QStringLiteral("user.address_change"), address,
                        QJsonObject {{QStringLiteral("email"), target.email},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(lost.value())}},
                        QJsonObject {{QStringLiteral("email"), address}, {QStringLiteral("roles"), QJsonArray()}});
            write.changed(Changed::Directory, target.accountId);
            write.changed(Changed::Roles, target.accountId);
            return lost;
        });
}

Status DirectoryService::setUpn(const Actor& actor, const QString& email, const QString& upn)
{
    auto user = DirectoryStore(m_database).userByEmail(email);
    if (!user) {
        return user.refusal();
    }
    const User& target = user.value();
    if (auto allowed = m_authorizer.check(actor, Action::EditDirectory, target.accountId); !allowed) {
        return allowed;
    }
    if (const QString problem = UserFields::problem(target.email, target.displayName, upn.trimmed());
        !problem.isEmpty()) {
        return Refusal {Refusal::Kind::BadInput, problem};
    }
    return m_writes.run(WriteScope::checked(actor, Action::EditDirectory, target.accountId),
                        [&](Write& write) -> Status {
                            if (auto done = DirectoryStore(m_database).setUpn(target.id, upn.trimmed()); !done) {
                                return done;
                            }
                            write.audit(QStringLiteral("user.upn_change"), target.email,
                                        QJsonObject {{QStringLiteral("upn"), target.upn}},
                                        QJsonObject {{QStringLiteral("upn"), upn.trimmed()}});
                            write.changed(Changed::Directory, target.accountId);
                            return {};
                        });
}

Result<User> DirectoryService::find(const Actor& actor, const QString& email) const
{
    auto user = DirectoryStore(m_database).userByEmail(email);
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
    return DirectoryStore(m_database).search(accountId, text, afterId, limit);
}

Result<qint64> DirectoryService::count(const Actor& actor, qint64 accountId) const
{
    if (auto allowed = m_authorizer.check(actor, Action::ViewDirectory, accountId); !allowed) {
        return allowed.refusal();
    }
    return DirectoryStore(m_database).count(accountId);
}

} // namespace warden
