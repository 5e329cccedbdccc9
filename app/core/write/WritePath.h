#pragma once

#include "../Result.h"
#include "../authorization/Action.h"
#include "../authorization/Actor.h"
#include "Write.h"

#include <QCoreApplication>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace warden {

class AuditLog;
class Authorizer;
class ChangeNotifier;
class Database;
struct Role;

/// One permission a write needs: `action` in `accountId`, on `role` when there is one (the role
/// acted on, or the proposed role).
struct WriteCheck
{
    Action action;
    qint64 accountId = 0;
    const Role* role = nullptr; ///< must outlive the run (services pass their own locals)
};

/// What a write is about: who acts, the account its audit entries belong to and the checks it
/// must pass. Services build one with `checked()`; `unchecked()` is for the few writes a rule
/// outside the permission model allows (a sign-in records its own outcome, the first run sets
/// up the first administrator), and names the audit actor itself.
struct WriteScope
{
    QString auditActor; ///< who the audit entries name
    qint64 accountId = 0; ///< 0: the entries belong to no account
    QList<WriteCheck> checks; ///< all must pass, in order; the first refusal is returned
    /// Whom the checks ask about (a copy: a scope may outlive the caller's Actor); none for
    /// unchecked writes.
    std::optional<Actor> actor;

    static WriteScope checked(const Actor& actor, Action action, qint64 accountId, const Role* role = nullptr);
    static WriteScope unchecked(QString auditActor, qint64 accountId);
    /// Another permission the same write needs (an edited role before and after the edit).
    WriteScope& also(Action action, qint64 inAccount, const Role* role = nullptr);
};

/// The one way the core writes: authorize → transaction → the change → its audit entries →
/// commit → announce what changed. A service says what it changes in a lambda that gets a
/// `Write`; the path does the rest, so locking, notifications and signatures are added here
/// once. A refusal from the change (or from any step) rolls everything back. Writes nest: an
/// inner write joins the outer transaction and announces after the outer commit.
class WritePath
{
    Q_DECLARE_TR_FUNCTIONS(WritePath)

public:
    WritePath(Database& database, const Authorizer& authorizer, AuditLog& audit, ChangeNotifier& notifier);

    /// Runs `change(Write&)`, which returns a `Status` or a `Result<T>`; returns what it returned,
    /// or the refusal of the path's own steps.
    template<typename Change> auto run(const WriteScope& scope, Change&& change) -> std::invoke_result_t<Change, Write&>
    {
        using Outcome = std::invoke_result_t<Change, Write&>;
        Write write(m_database, scope.auditActor);
        if (Status opened = open(scope, write); !opened) {
            return Outcome(opened.refusal());
        }
        Outcome outcome = std::forward<Change>(change)(write);
        if (!outcome) {
            return outcome;
        }
        if (Status finished = finish(write); !finished) {
            return Outcome(finished.refusal());
        }
        return outcome;
    }

    /// The permission checks of `scope` alone, for a write that is refused before its change
    /// starts (and for the UI's "may I?" questions, which must give the same answer).
    [[nodiscard]] Status authorize(const WriteScope& scope) const;

    /// This console's name in the change feed: its own changes are announced at once after the
    /// commit, so the feed skips them.
    [[nodiscard]] const QString& origin() const { return m_origin; }
    /// For tests of racing writers: runs inside every write after its change and audit entries,
    /// just before the commit, with the write lock held.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    [[nodiscard]] Status recordChanges(const Write& write);
    [[nodiscard]] Status open(const WriteScope& scope, Write& write);
    [[nodiscard]] Status finish(Write& write);

    Database& m_database;
    const Authorizer& m_authorizer;
    AuditLog& m_audit;
    ChangeNotifier& m_notifier;
    QString m_origin;
    std::function<void()> m_beforeCommit;
};

} // namespace warden
