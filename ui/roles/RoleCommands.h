#pragma once

#include "ConsoleCommands.h"
#include "domain/ChangeRequest.h"

#include <functional>

namespace warden {

/// The role commands of the console — Add User to Role, Remove from Role, New, Edit, Copy and
/// Delete Role: enables their actions from the core's answers for the tree's selection, and
/// runs them (dialogs over `window`, the core's refusal when a change is refused). A change a
/// protected role keeps for a change request asks the window to open one, pre-filled.
class RoleCommands : public ConsoleCommands
{
    Q_OBJECT

public:
    RoleCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                 std::function<TreeSelection()> selection, QWidget* window);

    /// Enables the role actions for `selection`, with the core's reason as the tooltip.
    void updateActions(const TreeSelection& selection);
    /// Remove from Role for one or several members of `role`: one confirmation listing them, one
    /// core call (one transaction). A protected role opens a change request for the first instead.
    void removeMembers(const Role& role, const QStringList& emails);

Q_SIGNALS:
    /// A role was created or saved, or its members changed: the window makes it current.
    void roleToSelect(qint64 roleId);
    /// The change needs a change request: the window opens the account's requests with `draft`.
    void changeRequestWanted(qint64 accountId, const ChangeRequestDraft& draft);

private:
    void addUserToRole();
    /// Says who was given a role but cannot sign in, and offers Admin Management to fix it.
    void offerSignInMethods(const QStringList& emails);
    void removeFromRole();
    void newRole();
    void editRole();
    void copyRole();
    void deleteRole();
    /// Runs the role editor on `role` (a new role when its id is 0) and announces the saved role.
    void runEditor(const Role& role, const QString& doneText);
};

} // namespace warden
