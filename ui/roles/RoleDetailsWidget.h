#pragma once

#include "authorization/Actor.h"
#include "domain/Role.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace warden {

class CoreServices;
class PermissionMatrixModel;
class RoleMembersModel;

/// The right-hand pane for a role: what it is (built-in or custom, protected, member count),
/// its permission matrix, protected permissions and management level, and its members.
class RoleDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    RoleDetailsWidget(CoreServices& core, const Actor& actor, QWidget* parent = nullptr);

    void showRole(const Role& role);
    void showMembersTab();
    [[nodiscard]] QTableView* membersView() const { return m_membersView; }

private:
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
};

} // namespace warden
