#include "MainWindow.h"

#include "AccountHierarchyModel.h"
#include "AccountRoleTreeModel.h"
#include "ConsoleActions.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "PreferencesDialog.h"
#include "RoleTreeFilterProxyModel.h"
#include "UiResources.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "accounts/ExternalAdminsDialog.h"
#include "accounts/IpRestrictionsDialog.h"
#include "admins/AdminManagementDialog.h"
#include "audit/AuditLogWidget.h"
#include "directory/ImportUsersWizard.h"
#include "requests/ChangeRequestsDialog.h"
#include "roles/AddUsersToRoleDialog.h"
#include "roles/MemberDetailsWidget.h"
#include "roles/RoleDetailsWidget.h"
#include "roles/RoleEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace warden {

namespace {

constexpr int kStatusMessageMs = 8000;

/// Enables `action` when the core allows it; otherwise disables it and puts the core's reason
/// in the tooltip, so a greyed-out action always says why.
void applyDecision(QAction* action, const Status& decision)
{
    // An action that needs a change request stays enabled: it opens the request pre-filled.
    action->setEnabled(decision.ok() || decision.refusal().kind == Refusal::Kind::NeedsChangeRequest);
    if (decision.ok()) {
        action->setToolTip(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        return;
    }
    QString reason = decision.refusal().message;
    if (decision.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
        reason = MainWindow::tr("Requires a change request. %1").arg(reason);
    }
    action->setToolTip(reason);
}

Status nothingSelected(const QString& what)
{
    return Refusal {Refusal::Kind::BadInput, what};
}

} // namespace

MainWindow::MainWindow(CoreServices& core, Actor actor, QWidget* parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_actions(new ConsoleActions(this))
    , m_treeModel(new AccountRoleTreeModel(core, m_actor, this))
    , m_proxy(new RoleTreeFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_details(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_roleDetails(new RoleDetailsWidget(core, m_actor, this))
    , m_memberDetails(new MemberDetailsWidget(core, m_actor, this))
    , m_auditDock(new QDockWidget(tr("Audit Log"), this))
    , m_audit(new AuditLogWidget(core, m_actor, this))
    , m_hierarchyModel(new AccountHierarchyModel(core, m_actor, this))
    , m_hierarchyView(new QTreeView(this))
    , m_hierarchyDock(new QDockWidget(tr("Account Hierarchy"), this))
    , m_healthBadge(new QLabel(this))
{
    ensureUiResources();
    setWindowTitle(tr("Warden — Admin Roles"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/warden.svg")));
    resize(1280, 820);

    // A reload (Refresh, or a change announced by the core) keeps the current item by id. The
    // current item is noted before the proxy and the view hear of a removal (the view moves its
    // current item away first), so these are connected before the proxy takes the model.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_keptKey) {
            m_keptKey = currentKey();
        }
    });
    connect(m_treeModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex& removedFrom, int first, int last) {
                for (QModelIndex at = currentSourceIndex(); at.isValid(); at = at.parent()) {
                    if (at.parent() == removedFrom && at.row() >= first && at.row() <= last) {
                        // The first (most precise) key wins: a second removal in the same update
                        // would only see the parent the view fell back to.
                        if (!m_keptKey) {
                            m_keptKey = currentKey();
                        }
                        return;
                    }
                }
            });
    m_proxy->setSourceModel(m_treeModel);
    m_proxy->sort(0);
    m_tree->setObjectName(QStringLiteral("adminRolesTreeView"));
    m_tree->setModel(m_proxy);
    m_tree->header()->hide();
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Accounts, roles and members"));
    m_filter->setObjectName(QStringLiteral("treeFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter accounts, roles and loaded members…"));
    m_filter->setClearButtonEnabled(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select a role to see its permissions and members, or a member to see every role they "
                              "hold. Right-click a role to add users to it."));
    m_details->addWidget(m_placeholder);
    m_details->addWidget(m_roleDetails);
    m_details->addWidget(m_memberDetails);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 800});
    setCentralWidget(splitter);

    m_auditDock->setObjectName(QStringLiteral("auditLogDockWidget"));
    m_auditDock->setWidget(m_audit);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();
    buildHierarchyDock();

    buildMenusAndToolBar();
    buildStatusBar();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_tree->expandAll();
        }
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_treeModel->memberAt(m_proxy->mapToSource(index)) != nullptr) {
            showAllRoles();
        }
    });
    // Rows are removed, and often put back in the same update (a role's members or an account's
    // roles re-read): the current item is found again as soon as it is back. When it does not come
    // back, its role or account becomes current, unless the user has chosen something else since.
    auto findKept = [this] {
        if (m_keptKey && restoreKey(*m_keptKey, true)) {
            m_keptKey.reset();
        }
    };
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, [this, findKept] {
        if (!m_keptKey) {
            return;
        }
        findKept();
        m_settleTimer.start();
    });
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, findKept);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(0);
    connect(&m_settleTimer, &QTimer::timeout, this, &MainWindow::settleKeptKey);
    // After the proxy has reset too.
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandToDepth(0);
        const std::optional<TreeKey> kept = std::exchange(m_keptKey, std::nullopt);
        restoreKey(kept.value_or(TreeKey {}), false);
    });
    connect(m_treeModel, &QAbstractItemModel::dataChanged, this, [this] { onCurrentChanged(); });
    m_tree->expandToDepth(0);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenusAndToolBar()
{
    ConsoleActions* a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a->preferences);
    file->addSeparator();
    file->addAction(a->signOut);
    file->addAction(a->quit);

    QMenu* roles = menuBar()->addMenu(tr("&Roles"));
    roles->addAction(a->addUserToRole);
    roles->addAction(a->removeFromRole);
    roles->addSeparator();
    roles->addAction(a->newRole);
    roles->addAction(a->editRole);
    roles->addAction(a->copyRole);
    roles->addAction(a->deleteRole);
    roles->addSeparator();
    roles->addAction(a->viewMembers);
    roles->addAction(a->showAllRoles);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    addAccountActions(*account);

    QMenu* partner = menuBar()->addMenu(tr("&Partner"));
    partner->addAction(a->applyExternalAdmin);
    partner->addAction(a->manageExternalAdmins);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a->focusFilter);
    view->addAction(a->refresh);
    view->addAction(a->toggleAuditLog);
    view->addAction(a->toggleHierarchy);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a->about);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(a->addUserToRole);
    toolBar->addAction(a->removeFromRole);
    toolBar->addSeparator();
    toolBar->addAction(a->newRole);
    toolBar->addAction(a->editRole);
    toolBar->addAction(a->copyRole);
    toolBar->addAction(a->deleteRole);
    toolBar->addSeparator();
    toolBar->addAction(a->refresh);
    toolBar->addAction(a->toggleAuditLog);

    connect(a->addUserToRole, &QAction::triggered, this, &MainWindow::addUserToRole);
    connect(a->removeFromRole, &QAction::triggered, this, &MainWindow::removeFromRole);
    connect(a->newRole, &QAction::triggered, this, &MainWindow::newRole);
    connect(a->editRole, &QAction::triggered, this, &MainWindow::editRole);
    connect(a->copyRole, &QAction::triggered, this, &MainWindow::copyRole);
    connect(a->deleteRole, &QAction::triggered, this, &MainWindow::deleteRole);
    connect(a->viewMembers, &QAction::triggered, this, &MainWindow::viewMembers);
    connect(a->showAllRoles, &QAction::triggered, this, &MainWindow::showAllRoles);
    connect(a->refresh, &QAction::triggered, m_treeModel, &AccountRoleTreeModel::reload);
    connect(a->focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(a->manageExternalAdmins, &QAction::triggered, this, &MainWindow::manageExternalAdmins);
    connect(a->applyExternalAdmin, &QAction::triggered, this, &MainWindow::applyExternalAdmin);
    connect(a->ipRestrictions, &QAction::triggered, this, &MainWindow::editIpRestrictions);
    connect(a->linkDomain, &QAction::triggered, this, &MainWindow::linkDomain);
    connect(a->importUsers, &QAction::triggered, this, &MainWindow::importUsers);
    connect(a->adminManagement, &QAction::triggered, this, &MainWindow::adminManagement);
    connect(a->changeRequests, &QAction::triggered, this, &MainWindow::changeRequests);
    connect(a->toggleHierarchy, &QAction::toggled, m_hierarchyDock, &QDockWidget::setVisible);
    connect(m_hierarchyDock, &QDockWidget::visibilityChanged, a->toggleHierarchy, &QAction::setChecked);
    connect(a->toggleAuditLog, &QAction::toggled, m_auditDock, &QDockWidget::setVisible);
    connect(m_auditDock, &QDockWidget::visibilityChanged, a->toggleAuditLog, &QAction::setChecked);
    connect(a->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a->signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(a->quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    applyDecision(a->toggleAuditLog, m_core.authorizer().checkInAnyAccount(m_actor, Action::ViewAuditLog));
    applyDecision(a->applyExternalAdmin,
                  m_core.authorizer().checkInAnyAccount(m_actor, Action::ManageExternalAdministrators));
    applyDecision(a->importUsers, m_core.authorizer().checkInAnyAccount(m_actor, Action::ImportDirectory));
}

void MainWindow::buildStatusBar()
{
    auto names = m_core.authorizer().roleNames(m_actor, m_actor.homeAccountId);
    const QString roles = names && !names.value().isEmpty() ? names.value().join(QStringLiteral(", ")) : tr("no role");
    auto* who = new QLabel(tr("Signed in as %1 — %2").arg(m_actor.email, roles), this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    m_healthBadge->setObjectName(QStringLiteral("healthBadgeLabel"));
    m_healthBadge->hide();
    statusBar()->addPermanentWidget(m_healthBadge);
    m_healthSoon.setSingleShot(true);
    m_healthSoon.setInterval(0);
    connect(&m_healthSoon, &QTimer::timeout, this, [this] {
        m_healthStale = true;
        updateHealthBadge(m_treeModel->accountAt(currentSourceIndex()));
    });
    auto refreshHealth = [this] { m_healthSoon.start(); };
    ChangeNotifier& notifier = m_core.notifier();
    connect(&notifier, &ChangeNotifier::accountsChanged, this, refreshHealth);
    connect(&notifier, &ChangeNotifier::rolesChanged, this, refreshHealth);
    connect(&notifier, &ChangeNotifier::membersChanged, this, refreshHealth);
    connect(&notifier, &ChangeNotifier::directoryChanged, this, refreshHealth);
    statusBar()->addPermanentWidget(who);
}

QModelIndex MainWindow::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

MainWindow::TreeKey MainWindow::currentKey() const
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid()) {
        return {};
    }
    const auto kind = index.data(AccountRoleTreeModel::KindRole).value<AccountRoleTreeModel::NodeKind>();
    TreeKey key;
    key.accountId = index.data(AccountRoleTreeModel::AccountIdRole).toLongLong();
    if (kind != AccountRoleTreeModel::NodeKind::Account) {
        key.roleId = index.data(AccountRoleTreeModel::RoleIdRole).toLongLong();
    }
    if (kind == AccountRoleTreeModel::NodeKind::Member) {
        key.memberEmail = index.data(AccountRoleTreeModel::EmailRole).toString();
    }
    return key;
}

bool MainWindow::restoreKey(const TreeKey& key, bool exactOnly)
{
    QModelIndex target;
    if (key.roleId != 0) {
        target = m_treeModel->indexOfRole(key.roleId);
        if (target.isValid() && !key.memberEmail.isEmpty()) {
            m_tree->expand(m_proxy->mapFromSource(target));
            if (m_treeModel->canFetchMore(target)) {
                m_treeModel->fetchMore(target);
            }
            for (int row = 0; row < m_treeModel->rowCount(target); ++row) {
                const QModelIndex member = m_treeModel->index(row, 0, target);
                if (member.data(AccountRoleTreeModel::EmailRole).toString() == key.memberEmail) {
                    target = member;
                    break;
                }
            }
        }
    }
    if (!target.isValid() && key.accountId != 0) {
        target = m_treeModel->indexOfAccount(key.accountId);
    }
    const bool exact = target.isValid() && target.data(AccountRoleTreeModel::EmailRole).toString() == key.memberEmail
        && (key.roleId == 0 || target.data(AccountRoleTreeModel::RoleIdRole).toLongLong() == key.roleId);
    if (exactOnly && !exact) {
        return false;
    }
    const QModelIndex shown = m_proxy->mapFromSource(target);
    if (shown.isValid()) {
        m_tree->expand(shown.parent());
        m_tree->setCurrentIndex(shown);
        m_tree->scrollTo(shown);
    }
    onCurrentChanged();
    return exact;
}

void MainWindow::settleKeptKey()
{
    const std::optional<TreeKey> kept = std::exchange(m_keptKey, std::nullopt);
    if (!kept) {
        return;
    }
    const TreeKey now = currentKey();
    const bool viewFellBack = now.accountId == 0
        || (now.accountId == kept->accountId && now.memberEmail.isEmpty()
            && (now.roleId == 0 || now.roleId == kept->roleId));
    if (viewFellBack) {
        restoreKey(*kept, false);
    }
}

void MainWindow::explainUnavailable(const QAction* action)
{
    statusBar()->showMessage(
        tr("%1: %2").arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), action->toolTip()),
        kStatusMessageMs);
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction* action : m_actions->findChildren<QAction*>()) {
        if (!action->isEnabled() && action->shortcuts().contains(pressed)) {
            explainUnavailable(action);
            event->accept();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

const Role* MainWindow::currentRole() const
{
    return m_treeModel->roleAt(currentSourceIndex());
}

bool MainWindow::selectRole(qint64 roleId)
{
    const QModelIndex source = m_treeModel->indexOfRole(roleId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        return false;
    }
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex index = currentSourceIndex();
    if (const User* member = m_treeModel->memberAt(index)) {
        m_memberDetails->showMember(*member);
        m_details->setCurrentWidget(m_memberDetails);
    } else if (const Role* role = m_treeModel->roleAt(index)) {
        m_roleDetails->showRole(*role);
        m_details->setCurrentWidget(m_roleDetails);
    } else {
        m_details->setCurrentWidget(m_placeholder);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    const Role* role = m_treeModel->roleAt(index);
    const Account* account = m_treeModel->accountAt(index);
    const bool onMember = m_treeModel->memberAt(index) != nullptr;
    RoleService& roles = m_core.roles();
    const Status noRole = nothingSelected(tr("Select a role first."));
    applyDecision(m_actions->addUserToRole, role ? roles.canAddMembers(m_actor, *role) : noRole);
    applyDecision(m_actions->removeFromRole,
                  onMember ? roles.canRemoveMembers(m_actor, *role)
                           : nothingSelected(tr("Select a member of a role first.")));
    applyDecision(m_actions->newRole,
                  account ? roles.canCreate(m_actor, account->id) : nothingSelected(tr("Select an account first.")));
    applyDecision(m_actions->editRole, role && !onMember ? roles.canEdit(m_actor, *role) : noRole);
    applyDecision(m_actions->copyRole, role && !onMember ? roles.canCopy(m_actor, *role) : noRole);
    applyDecision(m_actions->deleteRole, role && !onMember ? roles.canDelete(m_actor, *role) : noRole);
    applyDecision(m_actions->viewMembers, role && !onMember ? Status() : noRole);
    applyDecision(m_actions->showAllRoles, onMember ? Status() : nothingSelected(tr("Select a member first.")));
    const Status noAccount = nothingSelected(tr("Select an account first."));
    applyDecision(m_actions->manageExternalAdmins,
                  account ? m_core.authorizer().check(m_actor, Action::ViewExternalAdministrators, account->id)
                          : noAccount);
    applyDecision(m_actions->adminManagement, account ? m_core.admins().canView(m_actor, account->id) : noAccount);
    applyDecision(m_actions->changeRequests,
                  account ? m_core.authorizer().check(m_actor, Action::ViewAccount, account->id) : noAccount);
    applyDecision(m_actions->ipRestrictions,
                  account ? m_core.authorizer().check(m_actor, Action::ViewAccount, account->id) : noAccount);
    Status linkable = noAccount;
    if (account != nullptr) {
        linkable = account->kind == AccountKind::MailProcessing
            ? m_core.authorizer().check(m_actor, Action::EditAccountHierarchy, account->id)
            : nothingSelected(tr("Domains are linked to mail-processing accounts; select one."));
    }
    applyDecision(m_actions->linkDomain, linkable);
    updateHealthBadge(account);
}

void MainWindow::updateHealthBadge(const Account* account)
{
    // The report takes a handful of queries: run it when the account or the data changed, not on
    // every click inside the same account.
    const qint64 accountId = account != nullptr ? account->id : 0;
    if (accountId == m_healthAccountId && !m_healthStale) {
        return;
    }
    m_healthAccountId = accountId;
    m_healthStale = false;
    if (account == nullptr || !m_core.health().canRead(m_actor, account->id)) {
        m_healthBadge->hide();
        return;
    }
    auto report = m_core.health().report(m_actor, account->id);
    if (!report) {
        m_healthBadge->hide();
        return;
    }
    const AccountHealth& health = report.value();
    QStringList problems;
    for (const HealthCheck& check : health.checks) {
        if (check.state != HealthState::Pass) {
            problems.append(
                QStringLiteral("• %1: %2").arg(check.title, check.fix.isEmpty() ? check.detail : check.fix));
        }
    }
    const int failing = health.count(HealthState::Fail);
    const int warnings = health.count(HealthState::Warning);
    QString text;
    QString colour;
    if (failing > 0) {
        text = tr("Backup admins: %n rule(s) failing", nullptr, failing);
        colour = QStringLiteral("#b00020");
    } else if (warnings > 0) {
        text = tr("Backup admins: %n warning(s)", nullptr, warnings);
        colour = QStringLiteral("#8a6d00");
    } else {
        text = tr("Backup admins: healthy");
        colour = QStringLiteral("#2e7d32");
    }
    if (health.failedSignIns > 0) {
        const QString failures = tr("%n failed sign-in(s) in 24 hours", nullptr, health.failedSignIns);
        text = tr("%1 · %2").arg(text, failures);
        problems.append(
            QStringLiteral("• %1: %2")
                .arg(failures, tr("see the Audit Log (action signin.failed) for the addresses and reasons")));
        if (failing == 0) {
            colour = QStringLiteral("#8a6d00");
        }
    }
    m_healthBadge->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
    m_healthBadge->setToolTip(problems.isEmpty()
                                  ? tr("%1 meets every backup-administrator rule.").arg(health.accountCode)
                                  : tr("%1:\n%2").arg(health.accountCode, problems.join(QLatin1Char('\n'))));
    m_healthBadge->setAccessibleName(text);
    m_healthBadge->show();
}

void MainWindow::addAccountActions(QMenu& menu) const
{
    menu.addAction(m_actions->adminManagement);
    menu.addAction(m_actions->changeRequests);
    menu.addSeparator();
    menu.addAction(m_actions->manageExternalAdmins);
    menu.addAction(m_actions->ipRestrictions);
    menu.addAction(m_actions->linkDomain);
    menu.addSeparator();
    menu.addAction(m_actions->importUsers);
}

void MainWindow::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_tree->setCurrentIndex(index);
    const QModelIndex source = m_proxy->mapToSource(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("treeContextMenu"));
    if (m_treeModel->memberAt(source) != nullptr) {
        menu.addAction(m_actions->removeFromRole);
        menu.addAction(m_actions->showAllRoles);
    } else if (m_treeModel->roleAt(source) != nullptr) {
        menu.addAction(m_actions->addUserToRole);
        menu.addAction(m_actions->removeFromRole);
        menu.addSeparator();
        menu.addAction(m_actions->copyRole);
        menu.addAction(m_actions->editRole);
        menu.addAction(m_actions->deleteRole);
        menu.addSeparator();
        menu.addAction(m_actions->viewMembers);
    } else {
        menu.addAction(m_actions->newRole);
        menu.addSeparator();
        addAccountActions(menu);
        menu.addSeparator();
        menu.addAction(m_actions->refresh);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::showRefusal(const QString& title, const Refusal& refusal)
{
    statusBar()->showMessage(refusal.message, kStatusMessageMs);
    MessageBoxes::warning(this, title,
                          refusal.kind == Refusal::Kind::NeedsChangeRequest
                              ? tr("This change requires a change request.\n\n%1").arg(refusal.message)
                              : refusal.message);
}

void MainWindow::addUserToRole()
{
    const Role* role = currentRole();
    if (role == nullptr) {
        explainUnavailable(m_actions->addUserToRole);
        return;
    }
    // The dialog opens only when the core would accept the change; a protected role opens a
    // change request pre-filled with the role instead; anything else says why not.
    if (auto allowed = m_core.roles().canAddMembers(m_actor, *role); !allowed) {
        if (allowed.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
            ChangeRequestDraft draft;
            draft.accountId = role->accountId;
            draft.kind = ChangeRequestKind::AddMember;
            draft.roleId = role->id;
            openChangeRequests(role->accountId, draft);
            return;
        }
        showRefusal(tr("Add User to Role"), allowed.refusal());
        return;
    }
    const Role target = *role;
    AddUsersToRoleDialog dialog(m_core, m_actor, target, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.change()) {
        return;
    }
    const MembershipChange& change = *dialog.change();
    statusBar()->showMessage(tr("Added %n user(s) to %1.", nullptr, int(change.added.size())).arg(target.name),
                             kStatusMessageMs);
    selectRole(target.id);
}

void MainWindow::removeFromRole()
{
    const QModelIndex index = currentSourceIndex();
    const User* member = m_treeModel->memberAt(index);
    const Role* role = m_treeModel->roleAt(index);
    if (member == nullptr || role == nullptr) {
        explainUnavailable(m_actions->removeFromRole);
        return;
    }
    const QString email = member->email;
    const Role target = *role;
    if (auto allowed = m_core.roles().canRemoveMembers(m_actor, target);
        !allowed && allowed.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
        ChangeRequestDraft draft;
        draft.accountId = target.accountId;
        draft.kind = ChangeRequestKind::RemoveMember;
        draft.roleId = target.id;
        draft.targetEmail = email;
        openChangeRequests(target.accountId, draft);
        return;
    }
    if (MessageBoxes::question(
            this, tr("Remove from Role"),
            tr("Remove %1 from %2? They lose this role's permissions at once.").arg(email, target.name))
        != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_core.roles().removeMember(m_actor, target.id, email); !removed) {
        showRefusal(tr("Remove from Role"), removed.refusal());
        return;
    }
    statusBar()->showMessage(tr("Removed %1 from %2.").arg(email, target.name), kStatusMessageMs);
    selectRole(target.id);
}

void MainWindow::newRole()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr) {
        explainUnavailable(m_actions->newRole);
        return;
    }
    if (auto allowed = m_core.roles().canCreate(m_actor, account->id); !allowed) {
        showRefusal(tr("New Role"), allowed.refusal());
        return;
    }
    Role role;
    role.accountId = account->id;
    RoleEditorDialog dialog(m_core, m_actor, role, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedRole()) {
        statusBar()->showMessage(tr("Created role %1.").arg(dialog.savedRole()->name), kStatusMessageMs);
        selectRole(dialog.savedRole()->id);
    }
}

void MainWindow::editRole()
{
    const Role* role = currentRole();
    if (role == nullptr) {
        explainUnavailable(m_actions->editRole);
        return;
    }
    if (auto allowed = m_core.roles().canEdit(m_actor, *role); !allowed) {
        showRefusal(tr("Edit Role"), allowed.refusal());
        return;
    }
    RoleEditorDialog dialog(m_core, m_actor, *role, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedRole()) {
        statusBar()->showMessage(tr("Saved role %1.").arg(dialog.savedRole()->name), kStatusMessageMs);
        selectRole(dialog.savedRole()->id);
    }
}

void MainWindow::copyRole()
{
    const Role* role = currentRole();
    if (role == nullptr) {
        explainUnavailable(m_actions->copyRole);
        return;
    }
    if (auto allowed = m_core.roles().canCopy(m_actor, *role); !allowed) {
        showRefusal(tr("Copy Role"), allowed.refusal());
        return;
    }
    // A copy opens in the editor as a new custom role, so it can be renamed and adjusted first.
    Role copy = *role;
    copy.id = 0;
    copy.builtInKey.clear();
    copy.alwaysProtected = false;
    copy.neverProtected = false;
    copy.memberCount = 0;
    copy.name = tr("Copy of %1").arg(role->name);
    RoleEditorDialog dialog(m_core, m_actor, copy, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedRole()) {
        statusBar()->showMessage(tr("Created role %1.").arg(dialog.savedRole()->name), kStatusMessageMs);
        selectRole(dialog.savedRole()->id);
    }
}

void MainWindow::deleteRole()
{
    const Role* role = currentRole();
    if (role == nullptr) {
        explainUnavailable(m_actions->deleteRole);
        return;
    }
    const Role target = *role;
    if (auto allowed = m_core.roles().canDelete(m_actor, target); !allowed) {
        showRefusal(tr("Delete Role"), allowed.refusal());
        return;
    }
    bool removeMembers = false;
    if (target.memberCount > 0) {
        const auto answer = MessageBoxes::question(
            this, tr("Delete Role"),
            tr("%1 still has %n member(s). Remove them from the role and delete it?", nullptr, target.memberCount)
                .arg(target.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        removeMembers = true;
    } else if (MessageBoxes::question(this, tr("Delete Role"), tr("Delete the role %1?").arg(target.name))
               != QMessageBox::Yes) {
        return;
    }
    if (auto deleted = m_core.roles().deleteRole(m_actor, target.id, removeMembers); !deleted) {
        showRefusal(tr("Delete Role"), deleted.refusal());
        return;
    }
    statusBar()->showMessage(tr("Deleted role %1.").arg(target.name), kStatusMessageMs);
}

void MainWindow::viewMembers()
{
    const QModelIndex index = m_tree->currentIndex();
    if (currentRole() == nullptr) {
        explainUnavailable(m_actions->viewMembers);
        return;
    }
    m_tree->expand(index);
    m_roleDetails->showMembersTab();
}

void MainWindow::showAllRoles()
{
    const User* member = m_treeModel->memberAt(currentSourceIndex());
    if (member == nullptr) {
        explainUnavailable(m_actions->showAllRoles);
        return;
    }
    m_memberDetails->showMember(*member);
    m_details->setCurrentWidget(m_memberDetails);
}

void MainWindow::showAbout()
{
    MessageBoxes::information(this, tr("About Warden"),
                              tr("Warden %1\nManage who administers email-security accounts, and with what powers.")
                                  .arg(QApplication::applicationVersion()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::buildHierarchyDock()
{
    m_hierarchyView->setObjectName(QStringLiteral("accountHierarchyTreeView"));
    m_hierarchyView->setModel(m_hierarchyModel);
    m_hierarchyView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hierarchyView->setAccessibleName(tr("Account hierarchy"));
    m_hierarchyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hierarchyView->expandAll();
    m_hierarchyView->setMinimumWidth(440);
    m_hierarchyDock->setObjectName(QStringLiteral("accountHierarchyDockWidget"));
    m_hierarchyDock->setWidget(m_hierarchyView);
    addDockWidget(Qt::RightDockWidgetArea, m_hierarchyDock);
    m_hierarchyDock->hide();
    connect(m_hierarchyModel, &QAbstractItemModel::modelReset, m_hierarchyView, &QTreeView::expandAll);
    connect(m_hierarchyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const Account* account = m_hierarchyModel->accountAt(current)) {
                    selectAccount(account->id);
                }
            });
    connect(m_hierarchyView, &QWidget::customContextMenuRequested, this, &MainWindow::showHierarchyContextMenu);
}

bool MainWindow::selectAccount(qint64 accountId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_treeModel->indexOfAccount(accountId));
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::showHierarchyContextMenu(const QPoint& position)
{
    const QModelIndex index = m_hierarchyView->indexAt(position);
    const Account* account = m_hierarchyModel->accountAt(index);
    if (account == nullptr) {
        return;
    }
    m_hierarchyView->setCurrentIndex(index);
    selectAccount(account->id);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("hierarchyContextMenu"));
    addAccountActions(menu);
    menu.exec(m_hierarchyView->viewport()->mapToGlobal(position));
}

void MainWindow::manageExternalAdmins()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr) {
        explainUnavailable(m_actions->manageExternalAdmins);
        return;
    }
    if (auto allowed = m_core.authorizer().check(m_actor, Action::ViewExternalAdministrators, account->id); !allowed) {
        showRefusal(tr("Manage External Administrators"), allowed.refusal());
        return;
    }
    ExternalAdminsDialog dialog(m_core, m_actor, *account, this);
    dialog.exec();
}

void MainWindow::adminManagement()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr) {
        explainUnavailable(m_actions->adminManagement);
        return;
    }
    if (auto allowed = m_core.admins().canView(m_actor, account->id); !allowed) {
        showRefusal(tr("Admin Management"), allowed.refusal());
        return;
    }
    const qint64 accountId = account->id;
    AdminManagementDialog dialog(
        m_core, m_actor, *account,
        [this, accountId](const ChangeRequestDraft& draft) { openChangeRequests(accountId, draft); }, this);
    dialog.exec();
}

void MainWindow::changeRequests()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr) {
        explainUnavailable(m_actions->changeRequests);
        return;
    }
    openChangeRequests(account->id, std::nullopt);
}

void MainWindow::openChangeRequests(qint64 accountId, const std::optional<ChangeRequestDraft>& draft)
{
    auto account = m_core.accounts().visibleAccounts(m_actor);
    if (!account) {
        showRefusal(tr("Change Requests"), account.refusal());
        return;
    }
    for (const Account& candidate : account.value()) {
        if (candidate.id != accountId) {
            continue;
        }
        ChangeRequestsDialog dialog(m_core, m_actor, candidate, this);
        if (draft) {
            // Shown first so the request opens over the list it will join.
            QTimer::singleShot(0, &dialog, [&dialog, &draft] { dialog.fileRequest(*draft); });
        }
        dialog.exec();
        return;
    }
}

void MainWindow::applyExternalAdmin()
{
    ApplyExternalAdminDialog dialog(m_core, m_actor, this);
    if (const Account* account = m_treeModel->accountAt(currentSourceIndex())) {
        dialog.checkAccount(account->code);
    }
    dialog.exec();
}

void MainWindow::editIpRestrictions()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr) {
        explainUnavailable(m_actions->ipRestrictions);
        return;
    }
    IpRestrictionsDialog dialog(m_core, m_actor, *account, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("IP restrictions of %1 saved.").arg(account->code), kStatusMessageMs);
    }
}

void MainWindow::linkDomain()
{
    const Account* account = m_treeModel->accountAt(currentSourceIndex());
    if (account == nullptr || !account->parentId) {
        explainUnavailable(m_actions->linkDomain);
        return;
    }
    const Account target = *account;
    auto linkable = m_core.accounts().linkableDomains(m_actor, target.id);
    if (!linkable) {
        showRefusal(tr("Link Domain"), linkable.refusal());
        return;
    }
    const QStringList candidates = linkable.value();
    if (candidates.isEmpty()) {
        MessageBoxes::information(this, tr("Link Domain"),
                                  tr("The master above %1 has no domain that is not linked to it already. Add the "
                                     "domain on the master account first.")
                                      .arg(target.code));
        return;
    }
    bool chosen = false;
    const QString domain =
        QInputDialog::getItem(this, tr("Link Domain"), tr("Domain to link to %1 (%2):").arg(target.name, target.code),
                              candidates, 0, false, &chosen);
    if (!chosen) {
        return;
    }
    if (auto linked = m_core.accounts().linkDomain(m_actor, domain, target.id); !linked) {
        showRefusal(tr("Link Domain"), linked.refusal());
        return;
    }
    statusBar()->showMessage(tr("%1 linked to %2.").arg(domain, target.code), kStatusMessageMs);
}

void MainWindow::importUsers()
{
    ImportUsersWizard wizard(m_core, m_actor, this);
    if (const Account* account = m_treeModel->accountAt(currentSourceIndex())) {
        wizard.setAccountCode(account->code);
    }
    wizard.exec();
    if (wizard.importReport() && wizard.importReport()->applied) {
        statusBar()->showMessage(tr("Imported %n row(s).", nullptr, int(wizard.importReport()->rows)),
                                 kStatusMessageMs);
    }
}

} // namespace warden
