#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;

namespace warden {

class CoreServices;
class PermissionMatrixModel;

/// The right-hand pane for a member: every role they hold and the effective permissions those
/// roles give together, with the granting role of each cell in its tooltip; and changing the
/// member's primary address, which removes their admin roles after a confirmation. Like ADUC's
/// Member Of tab, each role held can be removed (button or context menu).
class MemberDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    MemberDetailsWidget(CoreServices& core, Actor actor, QWidget* parent = nullptr);

    void showMember(const User& user);
    [[nodiscard]] QListWidget* rolesList() const { return m_rolesList; }
    [[nodiscard]] PermissionMatrixModel* matrixModel() const { return m_matrix; }

Q_SIGNALS:
    /// Remove from Role was chosen for the shown member and the role current in the roles list.
    void removeFromRoleRequested(const warden::Role& role, const QStringList& emails);

private:
    /// The role current in the roles list, or nullptr.
    [[nodiscard]] const Role* currentRole() const;
    /// Enables Remove from Role for the current role held, with the core's reason when it may not.
    void updateRemoveAction();
    /// Change Primary Address…: lists the admin roles the change removes and asks to confirm.
    void changeAddress();

    CoreServices& m_core;
    Actor m_actor;
    QLabel* m_titleLabel;
    QLabel* m_summaryLabel;
    QListWidget* m_rolesList;
    QTableView* m_matrixView;
    PermissionMatrixModel* m_matrix;
    QPushButton* m_changeAddressButton;
    QAction* m_removeAction;
    QToolButton* m_removeButton;
    User m_user;
    QList<Role> m_roles;
};

} // namespace warden
