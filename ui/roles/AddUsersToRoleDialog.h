#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"
#include "services/RoleService.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class AddUsersToRoleDialog;
}

namespace warden {

class CoreServices;
class DirectorySearchModel;
class PeoplePicker;

/// Add User to Role: the people picker over the account's internal directory (searched as you
/// type), many users ticked across searches, existing members shown greyed out; Add Selected
/// Users adds exactly the ticked set in one core call (one transaction).
class AddUsersToRoleDialog : public QDialog
{
    Q_OBJECT

public:
    AddUsersToRoleDialog(CoreServices& core, Actor actor, Role role, QWidget* parent = nullptr);
    ~AddUsersToRoleDialog() override;

    /// What the core did, after accept().
    [[nodiscard]] const std::optional<MembershipChange>& change() const { return m_change; }
    [[nodiscard]] DirectorySearchModel* searchModel() const;

private:
    void showSearchResult();
    void updateSelection(int count);
    void addSelected();

    const std::unique_ptr<Ui::AddUsersToRoleDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Role m_role;
    PeoplePicker* m_picker;
    std::optional<MembershipChange> m_change;
};

} // namespace warden
