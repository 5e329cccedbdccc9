#pragma once

#include "Result.h"
#include "TreeSelection.h"
#include "authorization/Actor.h"

#include <QMainWindow>
#include <QTimer>
#include <optional>

class QAction;
class QKeyEvent;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace warden {

class AccountCommands;
class AccountHierarchyModel;
class AccountRoleTreeModel;
class AuditLogWidget;
class ConsoleActions;
class CoreServices;
class HealthBadge;
class MemberDetailsWidget;
class RoleCommands;
class RoleDetailsWidget;
class RoleTreeFilterProxyModel;

/// The console's main window: the Admin Roles tree on the left (accounts → roles → members,
/// with a filter box), the selected item's details on the right, the Audit Log and the account
/// hierarchy as docks, the health badge in the status bar. It assembles the screens and owns the
/// shared actions; the role and account commands are their own controllers (RoleCommands,
/// AccountCommands), told what the tree has selected.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Selects the account's node in the Admin Roles tree (also from the hierarchy dock).
    bool selectAccount(qint64 accountId);
    MainWindow(CoreServices& core, Actor actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    [[nodiscard]] ConsoleActions* actions() const { return m_actions; }
    [[nodiscard]] QTreeView* treeView() const { return m_tree; }
    [[nodiscard]] AccountRoleTreeModel* treeModel() const { return m_treeModel; }
    [[nodiscard]] AuditLogWidget* auditLog() const { return m_audit; }
    [[nodiscard]] QTreeView* hierarchyView() const { return m_hierarchyView; }
    /// Selects the role in the tree (expanding its account); false when it is not shown.
    bool selectRole(qint64 roleId);

Q_SIGNALS:
    void signOutRequested();

protected:
    /// A shortcut of an action that is unavailable reaches here: the status bar says why.
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// What the tree's current item is, by id, so it can be found again after a reload.
    struct TreeKey
    {
        qint64 accountId = 0;
        qint64 roleId = 0;
        QString memberEmail;
    };
    [[nodiscard]] TreeKey currentKey() const;
    /// Makes the item `key` names current again (or, unless `exactOnly`, its role or its account)
    /// and brings the details pane and the actions in line; true when the item itself was found.
    bool restoreKey(const TreeKey& key, bool exactOnly);
    /// After a removal: when the kept item did not come back, makes its role or account current,
    /// unless the user has chosen something else meanwhile.
    void settleKeptKey();
    /// Says in the status bar why `action` cannot run now (its tooltip holds the core's reason).
    void explainUnavailable(const QAction* action);

    void buildMenusAndToolBar();
    void buildStatusBar();
    /// Shows the roles the signed-in person acts with in `account` (their home account when none).
    void showActingRoles(const Account* account);
    void onCurrentChanged();
    void updateActions();
    void showContextMenu(const QPoint& position);
    [[nodiscard]] QModelIndex currentSourceIndex() const;
    [[nodiscard]] const Role* currentRole() const;
    /// What the tree has selected, for the command controllers.
    [[nodiscard]] TreeSelection selection() const;

    void viewMembers();
    void showAllRoles();
    void showAbout();
    void showPreferences();
    void buildHierarchyDock();
    void showHierarchyContextMenu(const QPoint& position);
    void addAccountActions(QMenu& menu) const;
    /// Follows other consoles' changes; the status bar says when the server does not answer.
    void followOtherConsoles();

    CoreServices& m_core;
    Actor m_actor;
    ConsoleActions* m_actions;
    AccountRoleTreeModel* m_treeModel;
    RoleTreeFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_filter;
    QStackedWidget* m_details;
    QLabel* m_placeholder;
    RoleDetailsWidget* m_roleDetails;
    MemberDetailsWidget* m_memberDetails;
    QDockWidget* m_auditDock;
    AuditLogWidget* m_audit;
    AccountHierarchyModel* m_hierarchyModel;
    QTreeView* m_hierarchyView;
    QDockWidget* m_hierarchyDock;
    HealthBadge* m_healthBadge;
    QLabel* m_connectionLabel = nullptr; ///< shown while the database server does not answer
    QLabel* m_signedInLabel = nullptr; ///< who is signed in, and the roles they act with in the selected account
    RoleCommands* m_roleCommands;
    AccountCommands* m_accountCommands;
    std::optional<TreeKey> m_keptKey; ///< the current item while the tree reloads
    QTimer m_settleTimer; ///< runs settleKeptKey() once the model's update is over
};

} // namespace warden
