#pragma once

#include <QString>
#include <QtGlobal>

namespace warden {

/// Who is calling a service: a signed-in administrator, or the system itself during first run
/// and demo seeding (which have no administrator yet). Audit entries name `auditName()`.
struct Actor
{
    qint64 userId = 0;
    qint64 homeAccountId = 0;
    QString email;
    bool isSystem = false;
    /// The address the console connects from, checked against accounts' IP allow-lists. Empty
    /// when unknown, which no allow-list permits.
    QString clientAddress;

    static Actor system() { return Actor {0, 0, QStringLiteral("system"), true, {}}; }
    [[nodiscard]] QString auditName() const { return isSystem ? QStringLiteral("system") : email; }
};

} // namespace warden
