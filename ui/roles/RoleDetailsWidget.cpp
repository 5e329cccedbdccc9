#include "RoleDetailsWidget.h"

#include "ColumnsFit.h"
#include "ConsoleActions.h"
#include "CoreServices.h"
#include "PermissionMatrixModel.h"
#include "RoleMembersModel.h"
#include "domain/BuiltInRoles.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace warden {

RoleDetailsWidget::RoleDetailsWidget(CoreServices& core, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_actor(actor)
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
    , m_addAction(new QAction(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("A&dd…"), this))
    , m_removeAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("R&emove"), this))
    , m_addButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_membersEmptyLabel(new QLabel(this))
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
    ColumnsFit::apply(m_matrixView);

    m_membersView->setObjectName(QStringLiteral("roleMembersTableView"));
    m_membersView->setAccessibleName(tr("Members of the role"));
    m_membersView->setTabKeyNavigation(false);
    m_membersView->setModel(m_members);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_membersView->setContextMenuPolicy(Qt::CustomContextMenu);
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
    m_addAction->setObjectName(QStringLiteral("addMembersAction"));
    m_addAction->setToolTip(tr("Add people from the directory to this role"));
    m_removeAction->setObjectName(QStringLiteral("removeMembersAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_membersView->addAction(m_removeAction);
    m_addButton->setObjectName(QStringLiteral("addMembersButton"));
    m_addButton->setDefaultAction(m_addAction);
    m_removeButton->setObjectName(QStringLiteral("removeMembersButton"));
    m_removeButton->setDefaultAction(m_removeAction);
    for (QToolButton* button : {m_addButton, m_removeButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    connect(m_addAction, &QAction::triggered, this, [this] {
        if (m_consoleAddAction != nullptr) {
            m_consoleAddAction->trigger();
        }
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QStringList emails = selectedMembers();
        if (m_removeAction->isEnabled() && !emails.isEmpty()) {
            Q_EMIT removeMembersRequested(m_role, emails);
        }
    });
    connect(m_membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoleDetailsWidget::updateMemberActions);
    connect(m_members, &QAbstractItemModel::modelReset, this, &RoleDetailsWidget::updateMemberActions);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &RoleDetailsWidget::updateMemberActions);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &RoleDetailsWidget::updateMemberActions);
    m_membersEmptyLabel->setObjectName(QStringLiteral("membersEmptyLabel"));
    m_membersEmptyLabel->setWordWrap(true);
    connect(m_membersView, &QWidget::customContextMenuRequested, this, &RoleDetailsWidget::showMembersContextMenu);

    auto* membersPage = new QWidget(this);
    auto* membersLayout = new QVBoxLayout(membersPage);
    membersLayout->addWidget(m_membersEmptyLabel);
    membersLayout->addWidget(m_membersView, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_removeButton);
    buttonRow->addStretch(1);
    membersLayout->addLayout(buttonRow);
    m_tabs->addTab(membersPage, tr("&Members"));

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

void RoleDetailsWidget::setAddMembersAction(QAction* action)
{
    m_consoleAddAction = action;
    const auto follow = [this] {
        m_addAction->setEnabled(m_consoleAddAction->isEnabled());
        m_addAction->setToolTip(m_consoleAddAction->toolTip());
    };
    connect(action, &QAction::changed, this, follow);
    follow();
}

QStringList RoleDetailsWidget::selectedMembers() const
{
    QModelIndexList rows = m_membersView->selectionModel()->selectedRows(RoleMembersModel::EmailColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList emails;
    for (const QModelIndex& row : rows) {
        emails.append(row.data(RoleMembersModel::EmailRole).toString());
    }
    return emails;
}

void RoleDetailsWidget::updateMemberActions()
{
    const int selected = int(m_membersView->selectionModel()->selectedRows().size());
    Status decision = m_role.id == 0 ? ConsoleActions::nothingSelected(tr("Select a role first."))
                                     : m_core.roles().canRemoveMembers(m_actor, m_role);
    // Allowed, or allowed through a change request: only with someone selected.
    if ((decision.ok() || decision.refusal().kind == Refusal::Kind::NeedsChangeRequest) && selected == 0) {
        decision = ConsoleActions::nothingSelected(tr("Select one or more members first."));
    }
    ConsoleActions::applyDecision(m_removeAction, decision);
    if (m_removeAction->isEnabled() && selected > 0) {
        m_removeAction->setToolTip(tr("Remove the %n selected member(s) from the role", nullptr, selected));
    }
    const bool empty = m_role.id != 0 && m_members->rowCount() == 0;
    m_membersEmptyLabel->setVisible(empty);
    if (empty) {
        m_membersEmptyLabel->setText(m_core.roles().canAddMembers(m_actor, m_role)
                                         ? tr("Nobody holds this role yet. Use Add… to add people from the directory.")
                                         : tr("Nobody holds this role yet."));
    }
}

void RoleDetailsWidget::showMembersContextMenu(const QPoint& position)
{
    const QModelIndex index = m_membersView->indexAt(position);
    if (index.isValid() && !m_membersView->selectionModel()->isRowSelected(index.row(), {})) {
        m_membersView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_membersView->setCurrentIndex(index);
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("membersContextMenu"));
    menu.setToolTipsVisible(true);
    menu.addAction(m_addAction);
    menu.addAction(m_removeAction);
    menu.exec(m_membersView->viewport()->mapToGlobal(position));
}

void RoleDetailsWidget::showRole(const Role& role)
{
    m_role = role;
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
    updateMemberActions();
}

void RoleDetailsWidget::showMembersTab()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace warden
