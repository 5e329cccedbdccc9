#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace warden {

class CoreServices;
class PermissionMatrixModel;
class RoleMembersModel;

/// The right-hand pane for a role: what it is (built-in or custom, protected, member count),
/// its permission matrix, protected permissions and management level, and its members — as in
/// ADUC's Members tab: Add… and Remove buttons and a context menu, several members selected and
/// removed at once, paged in as the list scrolls.
class RoleDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    RoleDetailsWidget(CoreServices& core, const Actor& actor, QWidget* parent = nullptr);

    /// The console's Add User to Role action, which the Members tab's Add… button and context
    /// menu trigger (it follows its enabled state and reason).
    void setAddMembersAction(QAction* action);
    void showRole(const Role& role);
    void showMembersTab();
    [[nodiscard]] QTableView* membersView() const { return m_membersView; }
    /// The addresses of the members selected in the Members tab, in the table's order.
    [[nodiscard]] QStringList selectedMembers() const;

Q_SIGNALS:
    /// Remove was chosen for the selected members of `role`.
    void removeMembersRequested(const warden::Role& role, const QStringList& emails);

private:
    /// Enables Remove for the selection, with the core's reason when it may not; says so when the
    /// role has no members, and what to do about it if the person may.
    void updateMemberActions();
    void showMembersContextMenu(const QPoint& position);

    CoreServices& m_core;
    const Actor& m_actor;
    Role m_role;
    QLabel* m_lockLabel;
    QLabel* m_titleLabel;
    QLabel* m_summaryLabel;
    QLabel* m_descriptionLabel;
    QLabel* m_protectedLabel;
    QLabel* m_levelLabel;
    QTabWidget* m_tabs;
    QTableView* m_matrixView;
    QTableView* m_membersView;
    PermissionMatrixModel* m_matrix;
    RoleMembersModel* m_members;
    QAction* m_addAction;
    QAction* m_removeAction;
    QToolButton* m_addButton;
    QToolButton* m_removeButton;
    QLabel* m_membersEmptyLabel;
    QAction* m_consoleAddAction = nullptr;
};

} // namespace warden
