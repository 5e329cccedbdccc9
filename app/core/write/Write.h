#pragma once

#include "../storage/Transaction.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace warden {

class Database;

/// What a committed write changed, by id only, for the views that show it.
enum class Changed {
    Accounts, ///< id unused
    Roles, ///< id: the account
    Members, ///< id: the role
    Directory, ///< id: the account
    Administrators, ///< id: the account
    ChangeRequests, ///< id: the account
    Computers, ///< id: the computer
};

/// The write in progress that `WritePath::run` hands to a service's change: the service makes
/// its change through storage classes on `database()`, then says what to audit and what changed.
/// Audit entries are appended, in order, after the change succeeds and before the commit.
class Write
{
public:
    Write(Database& database, QString auditActor);
    Write(const Write&) = delete;
    Write& operator=(const Write&) = delete;

    [[nodiscard]] Database& database() const { return m_database; }
    /// Who the audit entries name.
    [[nodiscard]] const QString& auditActor() const { return m_auditActor; }
    /// The code of the scope's account; empty for a write that belongs to no account.
    [[nodiscard]] const QString& accountCode() const { return m_accountCode; }

    /// An audit entry in the scope's account.
    void audit(const QString& action, const QString& target, const QJsonObject& before = {},
               const QJsonObject& after = {});
    /// An audit entry in another account (one write that touches several accounts).
    void auditIn(const QString& accountCode, const QString& action, const QString& target,
                 const QJsonObject& before = {}, const QJsonObject& after = {});
    /// Announced once the outermost transaction has committed, and written to the change feed
    /// the other consoles follow; `user` names the person it was about, when there is one.
    void changed(Changed what, qint64 id = 0, const QString& user = {});
    /// Ends the write without keeping anything: the path rolls back instead of committing and
    /// returns the change's outcome (a dry run, a report of rejected rows).
    void keepNothing() { m_keepNothing = true; }
    /// A step outside the database (the OS keychain) run after the audit entries, just before the
    /// commit: its refusal rolls the write back. `undo` runs when the commit fails afterwards.
    void lastStep(std::function<Status()> step, std::function<void()> undo = {});

private:
    friend class WritePath;

    struct Entry
    {
        QString accountCode;
        QString action;
        QString target;
        QJsonObject before;
        QJsonObject after;
    };

    Database& m_database;
    QString m_auditActor;
    QString m_accountCode;
    Transaction m_transaction;
    QList<Entry> m_entries;
    struct Change
    {
        Changed what;
        qint64 id;
        QString user;
    };

    qint64 m_accountId = 0;
    QList<Change> m_changes;
    QList<std::pair<std::function<Status()>, std::function<void()>>> m_lastSteps;
    bool m_keepNothing = false;
};

} // namespace warden
