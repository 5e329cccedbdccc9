#pragma once

#include "write/Write.h"

#include <QObject>

namespace warden {

/// Announces committed changes so views can refresh what they show. Services emit after their
/// transaction commits; models listen. Carries ids only; listeners read through the services.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Emits the signal that says `what` changed; the write path calls it after a commit.
    void announce(Changed what, qint64 id)
    {
        Q_EMIT changed(what, id); // first: what is remembered of permissions goes before views reload
        switch (what) {
        case Changed::Accounts:
            Q_EMIT accountsChanged();
            break;
        case Changed::Roles:
            Q_EMIT rolesChanged(id);
            break;
        case Changed::Members:
            Q_EMIT membersChanged(id);
            break;
        case Changed::Directory:
            Q_EMIT directoryChanged(id);
            break;
        case Changed::Administrators:
            Q_EMIT administratorsChanged(id);
            break;
        case Changed::ChangeRequests:
            Q_EMIT changeRequestsChanged(id);
            break;
        case Changed::Computers:
            Q_EMIT computersChanged(id);
            break;
        }
    }

Q_SIGNALS:
    /// Something was committed (emitted before the signal that says what); `id` as there.
    void changed(warden::Changed what, qint64 id);
    void accountsChanged();
    void rolesChanged(qint64 accountId);
    void membersChanged(qint64 roleId);
    void directoryChanged(qint64 accountId);
    void auditAppended();
    /// Administrators of the account changed: added, edited, deleted, reset, backup flag.
    void administratorsChanged(qint64 accountId);
    /// A change request of the account was created or decided, or its contacts changed.
    void changeRequestsChanged(qint64 accountId);
    /// A computer asked to join, was approved, refused or revoked, or the database key rotated.
    void computersChanged(qint64 computerId);
};

} // namespace warden
