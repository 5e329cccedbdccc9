#pragma once

#include "../write/Write.h"

#include <QDateTime>
#include <QString>

namespace warden {

/// One thing a committed write changed, as the change feed tells the other consoles: what kind of
/// object and which one, never the data (a console reads that through the services, with its
/// own permissions). `seq` orders the feed; writers are serialised, so it is commit order.
struct ChangeRecord
{
    qint64 seq = 0;
    Changed kind = Changed::Accounts;
    qint64 objectId = 0; ///< as Write::changed() was given it (see Changed)
    qint64 accountId = 0; ///< 0: the change belongs to no account
    QString accountCode;
    qint64 roleId = 0;
    QString roleName;
    QString user; ///< the person the change was about, when there is one
    QString actor;
    QString origin; ///< the console that made it (ChangeFeed skips its own)
    qint64 auditSeq = 0; ///< the newest audit entry of the write, 0 when none
    QDateTime at;

    /// The kind as `wardenctl watch` prints it: "accounts", "roles", "members", …
    [[nodiscard]] static QString kindName(Changed kind);
    /// The kind a stored name stands for (kindName() read back); Accounts for an unknown one.
    [[nodiscard]] static Changed kindFromName(const QString& name);
};

} // namespace warden
