#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"
#include "services/RoleService.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ui {
class AddUsersToRoleDialog;
}

namespace warden {

class CoreServices;
class DirectorySearchModel;

/// Add User to Role: searches the account's internal directory as you type (debounced),
/// lets the administrator tick many users across searches, shows existing members disabled,
/// and adds the ticked users with Add Selected Users in one core call (one transaction).
class AddUsersToRoleDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    AddUsersToRoleDialog(CoreServices& core, Actor actor, Role role, QWidget* parent = nullptr);
    ~AddUsersToRoleDialog() override;

    /// What the core did, after accept().
    [[nodiscard]] const std::optional<MembershipChange>& change() const { return m_change; }
    [[nodiscard]] DirectorySearchModel* searchModel() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void updateSelection(int count);
    void addSelected();

    const std::unique_ptr<Ui::AddUsersToRoleDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Role m_role;
    DirectorySearchModel* m_model;
    QTimer m_debounce;
    std::optional<MembershipChange> m_change;
};

} // namespace warden
