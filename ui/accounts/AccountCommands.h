#pragma once

#include "ConsoleCommands.h"
#include "domain/ChangeRequest.h"

#include <functional>
#include <optional>

namespace warden {

/// The account commands of the console — Admin Management, Change Requests, External
/// Administrators and Apply to Accounts, IP Restrictions, Link Domain, Import Users, Directory Synchronization: enables
/// their actions from the core's answers for the selected account and opens their dialogs over
/// `window`.
class AccountCommands : public ConsoleCommands
{
    Q_OBJECT

public:
    AccountCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                    std::function<TreeSelection()> selection, QWidget* window);

    /// Enables the account actions for `selection`, with the core's reason as the tooltip.
    void updateActions(const TreeSelection& selection);
    /// Opens the Requests view of the account, with New Request pre-filled when `draft` is set.
    void openChangeRequests(qint64 accountId, const std::optional<ChangeRequestDraft>& draft);

private:
    void manageExternalAdmins();
    void applyExternalAdmin();
    void adminManagement();
    void changeRequests();
    void editIpRestrictions();
    void linkDomain();
    void importUsers();
    void directorySync();
    /// Runs the directory connectors whose schedule is due (while this console is open), one
    /// after the other, and says what each did in the status bar.
    void runScheduledSyncs();

    bool m_scheduledSyncRunning = false;
};

} // namespace warden
