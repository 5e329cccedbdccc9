#pragma once

#include "authorization/Actor.h"

#include <QLabel>
#include <QTimer>

namespace warden {

class CoreServices;

/// The status-bar badge of the backup-administrator health of one account (green, amber or
/// red, with the failing rules and their fixes in the tooltip), and of its failed sign-ins.
/// Hidden when no account is shown or the actor may not read its administrators' health.
/// Re-reads the report once after a burst of changes the core announces.
class HealthBadge : public QLabel
{
    Q_OBJECT

public:
    HealthBadge(CoreServices& core, const Actor& actor, QWidget* parent);

    /// Shows the health of the account (0: none).
    void showAccount(qint64 accountId);

private:
    void render();

    CoreServices& m_core;
    const Actor& m_actor;
    qint64 m_accountId = -1; ///< the account shown (0: none)
    bool m_stale = true; ///< the core announced a change since the last report
    QTimer m_refreshSoon;
};

} // namespace warden
