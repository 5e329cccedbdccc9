#include "RoleDetailsWidget.h"

#include "PermissionMatrixModel.h"
#include "RoleMembersModel.h"
#include "domain/BuiltInRoles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

RoleDetailsWidget::RoleDetailsWidget(CoreServices& core, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_lockLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_protectedLabel(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_matrixView(new QTableView(this))
    , m_membersView(new QTableView(this))
    , m_matrix(new PermissionMatrixModel(this))
    , m_members(new RoleMembersModel(core, actor, this))
{
    setObjectName(QStringLiteral("roleDetailsWidget"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(QStringLiteral("roleTitleLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("roleSummaryLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_protectedLabel->setWordWrap(true);
    m_protectedLabel->setObjectName(QStringLiteral("protectedPermissionsLabel"));
    m_levelLabel->setObjectName(QStringLiteral("managementLevelLabel"));

    m_matrixView->setObjectName(QStringLiteral("permissionMatrixTableView"));
    m_matrixView->setAccessibleName(tr("Permissions of the role"));
    m_matrixView->setTabKeyNavigation(false);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_membersView->setObjectName(QStringLiteral("roleMembersTableView"));
    m_membersView->setAccessibleName(tr("Members of the role"));
    m_membersView->setTabKeyNavigation(false);
    m_membersView->setModel(m_members);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->setAlternatingRowColors(true);
    m_membersView->verticalHeader()->hide();
    m_membersView->horizontalHeader()->setSectionResizeMode(RoleMembersModel::NameColumn, QHeaderView::Stretch);
    m_membersView->horizontalHeader()->setSectionResizeMode(RoleMembersModel::EmailColumn, QHeaderView::Stretch);

    auto* permissionsPage = new QWidget(this);
    auto* permissionsLayout = new QVBoxLayout(permissionsPage);
    permissionsLayout->addWidget(m_matrixView, 1);
    permissionsLayout->addWidget(m_protectedLabel);
    permissionsLayout->addWidget(m_levelLabel);
    m_tabs->addTab(permissionsPage, tr("&Permissions"));
    m_tabs->addTab(m_membersView, tr("&Members"));

    m_lockLabel->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(24, 24));
    m_lockLabel->setToolTip(tr("Protected role"));
    auto* titleLayout = new QHBoxLayout;
    titleLayout->addWidget(m_lockLabel);
    titleLayout->addWidget(m_titleLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(titleLayout);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_tabs, 1);
}

void RoleDetailsWidget::showRole(const Role& role)
{
    m_titleLabel->setText(role.name);
    m_lockLabel->setVisible(role.isProtected());
    QStringList summary {role.isBuiltIn() ? tr("Built-in role") : tr("Custom role")};
    if (role.isProtected()) {
        summary.append(tr("protected: changes require a change request"));
    }
    summary.append(tr("%n member(s)", nullptr, role.memberCount));
    m_summaryLabel->setText(summary.join(QStringLiteral(" · ")));
    m_descriptionLabel->setText(BuiltInRoles::displayDescription(role));
    m_descriptionLabel->setVisible(!role.description.isEmpty());
    m_matrix->setPermissions(role.permissions);
    QStringList flags;
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (role.permissions.hasProtected(flag)) {
            flags.append(protectedDisplayName(flag));
        }
    }
    m_protectedLabel->setText(
        tr("Protected permissions: %1").arg(flags.isEmpty() ? tr("none") : flags.join(QStringLiteral(", "))));
    m_levelLabel->setText(
        tr("Role management: %1").arg(managementLevelDisplayName(role.permissions.managementLevel())));
    if (m_members->roleId() != role.id) {
        m_members->setRole(role.id);
    }
    m_tabs->setTabText(1, tr("&Members (%1)").arg(role.memberCount));
}

void RoleDetailsWidget::showMembersTab()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace warden
