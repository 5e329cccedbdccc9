#pragma once

#include "Permissions.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace warden {

/// A role of one account: a built-in one (builtInKey set) or a custom one.
struct Role
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString description;
    QString builtInKey; ///< empty for custom roles
    bool alwaysProtected = false;
    bool neverProtected = false; ///< set for built-ins the catalogue declares unprotected
    PermissionSet permissions;
    int memberCount = 0;
    /// Counts edits: a save names the version it started from, and is refused when someone
    /// saved in between (changedBy at changedAt).
    int version = 1;
    QString changedBy;
    QDateTime changedAt;

    [[nodiscard]] bool isBuiltIn() const { return !builtInKey.isEmpty(); }
    [[nodiscard]] bool isProtected() const { return alwaysProtected || (!neverProtected && permissions.isProtected()); }
};

} // namespace warden
