#include "WritePath.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../storage/AccountStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"

namespace warden {

WriteScope WriteScope::checked(const Actor& actor, Action action, qint64 accountId, const Role* role)
{
    WriteScope scope;
    scope.auditActor = actor.auditName();
    scope.accountId = accountId;
    scope.actor = actor;
    scope.checks.append({action, accountId, role});
    return scope;
}

WriteScope WriteScope::unchecked(QString auditActor, qint64 accountId)
{
    WriteScope scope;
    scope.auditActor = std::move(auditActor);
    scope.accountId = accountId;
    return scope;
}

WriteScope& WriteScope::also(Action action, qint64 inAccount, const Role* role)
{
    checks.append({action, inAccount, role});
    return *this;
}

WritePath::WritePath(Database& database, const Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier)
    : m_database(database)
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_notifier(notifier)
{ }

Status WritePath::authorize(const WriteScope& scope) const
{
    for (const WriteCheck& check : scope.checks) {
        Q_ASSERT(scope.actor.has_value());
        if (Status allowed = m_authorizer.check(*scope.actor, check.action, check.accountId, check.role); !allowed) {
            return allowed;
        }
    }
    return {};
}

Status WritePath::open(const WriteScope& scope, Write& write)
{
    // Authorized inside the transaction, on what it reads there: fresh, not a view's memory.
    if (Status begun = write.m_transaction.begin(); !begun) {
        return begun;
    }
    if (Status allowed = authorize(scope); !allowed) {
        return allowed;
    }
    if (scope.accountId != 0) {
        auto account = AccountStore(m_database).account(scope.accountId);
        if (!account) {
            return account.refusal();
        }
        write.m_accountCode = account.value().code;
    }
    return {};
}

Status WritePath::finish(Write& write)
{
    if (write.m_keepNothing) {
        write.m_transaction.rollback();
        return {};
    }
    for (const Write::Entry& entry : std::as_const(write.m_entries)) {
        if (Status logged = m_audit.append(write.m_auditActor, entry.accountCode, entry.action, entry.target,
                                           entry.before, entry.after);
            !logged) {
            return logged;
        }
    }
    for (const auto& [what, id] : std::as_const(write.m_changes)) {
        const QString key = QStringLiteral("changed:%1:%2").arg(int(what)).arg(id);
        m_database.afterCommit(key, [notifier = &m_notifier, what = what, id = id] { notifier->announce(what, id); });
    }
    qsizetype stepsDone = 0;
    const auto undoSteps = [&write, &stepsDone] {
        for (qsizetype i = stepsDone - 1; i >= 0; --i) {
            if (const auto& undo = write.m_lastSteps.at(i).second) {
                undo();
            }
        }
    };
    for (const auto& step : std::as_const(write.m_lastSteps)) {
        if (Status done = step.first(); !done) {
            undoSteps();
            return done;
        }
        ++stepsDone;
    }
    Status committed = write.m_transaction.commit();
    if (!committed) {
        undoSteps();
    }
    return committed;
}

} // namespace warden
