#include "WritePath.h"

#include "../ChangeNotifier.h"
#include "../audit/AuditLog.h"
#include "../authorization/Authorizer.h"
#include "../storage/AccountStore.h"
#include "../storage/ChangeStore.h"
#include "../storage/Database.h"
#include "../storage/DirectoryStore.h"

#include <QUuid>

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
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
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
        write.m_accountId = scope.accountId;
    }
    return {};
}

Status WritePath::recordChanges(const Write& write)
{
    if (write.m_changes.isEmpty()) {
        return {};
    }
    qint64 auditSeq = 0;
    if (!write.m_entries.isEmpty()) {
        auto next = m_audit.nextSeq();
        if (!next) {
            return next.refusal();
        }
        auditSeq = next.value() - 1;
    }
    ChangeStore changes(m_database);
    ChangeRecord newest;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Write::Change& change : std::as_const(write.m_changes)) {
        ChangeRecord record;
        record.kind = change.what;
        record.objectId = change.id;
        record.user = change.user;
        record.actor = write.m_auditActor;
        record.origin = m_origin;
        record.auditSeq = auditSeq;
        record.at = now;
        switch (change.what) {
        case Changed::Roles:
        case Changed::Directory:
        case Changed::Administrators:
        case Changed::ChangeRequests:
            record.accountId = change.id;
            break;
        case Changed::Members:
            record.roleId = change.id;
            record.accountId = write.m_accountId;
            break;
        case Changed::Accounts:
            record.accountId = write.m_accountId;
            break;
        case Changed::Computers:
            break;
        }
        auto seq = changes.add(record);
        if (!seq) {
            return seq.refusal();
        }
        newest = record;
        newest.seq = seq.value();
    }
    return changes.notifyListeners(newest);
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
    if (Status recorded = recordChanges(write); !recorded) {
        return recorded;
    }
    for (const Write::Change& change : std::as_const(write.m_changes)) {
        const QString key = QStringLiteral("changed:%1:%2").arg(int(change.what)).arg(change.id);
        m_database.afterCommit(
            key, [notifier = &m_notifier, what = change.what, id = change.id] { notifier->announce(what, id); });
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
    if (m_beforeCommit) {
        m_beforeCommit();
    }
    Status committed = write.m_transaction.commit();
    if (!committed) {
        undoSteps();
    }
    return committed;
}

} // namespace warden
