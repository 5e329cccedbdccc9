#include "MainWindow.h"

#include "AccountHierarchyModel.h"
#include "AccountRoleTreeModel.h"
#include "ConsoleActions.h"
#include "CoreServices.h"
#include "DownIntoResults.h"
#include "HealthBadge.h"
#include "MessageBoxes.h"
#include "PreferencesDialog.h"
#include "RoleTreeFilterProxyModel.h"
#include "UiResources.h"
#include "accounts/AccountCommands.h"
#include "admins/RecoveryKitExport.h"
#include "audit/AuditLogWidget.h"
#include "roles/MemberDetailsWidget.h"
#include "roles/RoleCommands.h"
#include "roles/RoleDetailsWidget.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
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
    , m_healthBadge(new HealthBadge(core, m_actor, this))
    , m_roleCommands(new RoleCommands(
          core, m_actor, m_actions, [this] { return selection(); }, this))
    , m_accountCommands(new AccountCommands(
          core, m_actor, m_actions, [this] { return selection(); }, this))
{
    ensureUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    //: The main window's title; the desktop shows it as "Admin Roles — Warden".
    setWindowTitle(tr("Admin Roles"));
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
    m_filter->setAccessibleName(tr("Filter the tree"));
    m_filter->setPlaceholderText(tr("Filter accounts, roles and loaded members…"));
    m_filter->setClearButtonEnabled(true);
    DownIntoResults::link(m_filter, m_tree);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    // What to do here depends on what the person may do: a read-only persona is not told to add.
    m_placeholder->setText(
        m_core.authorizer().checkInAnyAccount(m_actor, Action::AddRoleMember)
            ? tr("Select a role to see its permissions and members, or a member to see every role they hold. "
                 "Right-click a role to add users to it.")
            : tr("Select a role to see its permissions and members, or a member to see every role they hold. Your "
                 "access is read-only: you can look at everything here, and the greyed-out commands say why you "
                 "cannot change it."));
    m_details->addWidget(m_placeholder);
    m_details->addWidget(m_roleDetails);
    m_details->addWidget(m_memberDetails);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 800});
    // What start-up found wrong with the audit log stays in view for as long as the console is open.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    auto* auditWarning = new QLabel(central);
    auditWarning->setObjectName(QStringLiteral("auditWarningBanner"));
    auditWarning->setWordWrap(true);
    auditWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auditWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; padding: 8px; font-weight: bold; }"));
    auditWarning->setText(tr("Audit log warning: %1 Run Verify Chain in the Audit Log, and restore the database from "
                             "a backup if entries are missing.")
                              .arg(m_core.startupWarning()));
    auditWarning->setVisible(!m_core.startupWarning().isEmpty());
    centralLayout->addWidget(auditWarning);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_auditDock->setObjectName(QStringLiteral("auditLogDockWidget"));
    m_auditDock->setWidget(m_audit);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();
    buildHierarchyDock();

    buildMenusAndToolBar();
    buildStatusBar();
    followOtherConsoles();

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
    const auto showStatus = [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); };
    connect(m_roleCommands, &RoleCommands::statusMessage, this, showStatus);
    connect(m_roleCommands, &RoleCommands::roleToSelect, this, &MainWindow::selectRole);
    connect(m_roleCommands, &RoleCommands::changeRequestWanted, m_accountCommands,
            &AccountCommands::openChangeRequests);
    connect(m_roleCommands, &RoleCommands::unavailable, this, &MainWindow::explainUnavailable);
    m_roleDetails->setAddMembersAction(m_actions->addUserToRole);
    connect(m_roleDetails, &RoleDetailsWidget::removeMembersRequested, m_roleCommands, &RoleCommands::removeMembers);
    connect(m_memberDetails, &MemberDetailsWidget::removeFromRoleRequested, m_roleCommands,
            &RoleCommands::removeMembers);
    connect(m_accountCommands, &AccountCommands::statusMessage, this, showStatus);
    connect(m_accountCommands, &AccountCommands::unavailable, this, &MainWindow::explainUnavailable);
    m_tree->expandToDepth(0);
    updateActions();
}

MainWindow::~MainWindow()
{
    m_core.feed().stop();
}

void MainWindow::buildMenusAndToolBar()
{
    ConsoleActions* a = m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a->exportRecoveryKit);
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

    connect(a->viewMembers, &QAction::triggered, this, &MainWindow::viewMembers);
    connect(a->showAllRoles, &QAction::triggered, this, &MainWindow::showAllRoles);
    connect(a->refresh, &QAction::triggered, m_treeModel, &AccountRoleTreeModel::reload);
    connect(a->focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(a->toggleHierarchy, &QAction::toggled, m_hierarchyDock, &QDockWidget::setVisible);
    connect(m_hierarchyDock, &QDockWidget::visibilityChanged, a->toggleHierarchy, &QAction::setChecked);
    connect(a->toggleAuditLog, &QAction::toggled, m_auditDock, &QDockWidget::setVisible);
    connect(m_auditDock, &QDockWidget::visibilityChanged, a->toggleAuditLog, &QAction::setChecked);
    connect(a->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a->signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(a->exportRecoveryKit, &QAction::triggered, this, [this] { RecoveryKitExport::run(this, m_core, m_actor); });
    ConsoleActions::applyDecision(a->exportRecoveryKit, m_core.computers().mayHoldKey(m_actor));
    connect(a->quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);

    ConsoleActions::applyDecision(a->toggleAuditLog,
                                  m_core.authorizer().checkInAnyAccount(m_actor, Action::ViewAuditLog));
}

void MainWindow::buildStatusBar()
{
    auto* who = new QLabel(this);
    who->setObjectName(QStringLiteral("signedInLabel"));
    m_signedInLabel = who;
    showActingRoles(nullptr);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_healthBadge);
    statusBar()->addPermanentWidget(who);
}

void MainWindow::showActingRoles(const Account* account)
{
    const qint64 accountId = account != nullptr ? account->id : m_actor.homeAccountId;
    auto names = m_core.authorizer().roleNames(m_actor, accountId);
    const QString roles = names && !names.value().isEmpty() ? names.value().join(QStringLiteral(", ")) : tr("no role");
    if (account == nullptr) {
        m_signedInLabel->setText(tr("Signed in as %1 — %2").arg(m_actor.email, roles));
    } else {
        //: Status bar: who is signed in, and the roles they act with in the selected account.
        m_signedInLabel->setText(tr("Signed in as %1 — acting as %2 in %3").arg(m_actor.email, roles, account->code));
    }
    m_signedInLabel->setToolTip(names && !names.value().isEmpty()
                                    ? tr("What you may do in this account comes from these roles.")
                                    : m_core.authorizer().accessBlockedReason(m_actor, accountId));
}

void MainWindow::followOtherConsoles()
{
    ChangeFeed& feed = m_core.feed();
    connect(&feed, &ChangeFeed::onlineChanged, this, [this](bool online, const QString& problem) {
        m_connectionLabel->setVisible(!online);
        m_connectionLabel->setText(tr("Offline — reconnecting…"));
        m_connectionLabel->setToolTip(problem);
        m_connectionLabel->setAccessibleName(online ? QString() : tr("Offline: %1").arg(problem));
        statusBar()->showMessage(online
                                     ? tr("The database server answers again; the console shows its current state.")
                                     : tr("The database server does not answer: %1 Warden keeps trying.").arg(problem),
                                 kStatusMessageMs);
    });
    connect(&feed, &ChangeFeed::received, this, [this](const QList<ChangeRecord>& records) {
        statusBar()->showMessage(tr("Updated with %n change(s) made on other consoles.", nullptr, int(records.size())),
                                 kStatusMessageMs);
    });
    if (Status started = feed.start(); !started) {
        m_connectionLabel->setText(tr("Not following other consoles"));
        m_connectionLabel->setToolTip(started.refusal().message);
        m_connectionLabel->show();
    }
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

TreeSelection MainWindow::selection() const
{
    const QModelIndex index = currentSourceIndex();
    return TreeSelection {m_treeModel->accountAt(index), m_treeModel->roleAt(index), m_treeModel->memberAt(index)};
}

void MainWindow::updateActions()
{
    const TreeSelection selected = selection();
    m_roleCommands->updateActions(selected);
    m_accountCommands->updateActions(selected);
    const bool onRole = selected.role != nullptr && selected.member == nullptr;
    ConsoleActions::applyDecision(m_actions->viewMembers,
                                  onRole ? Status() : ConsoleActions::nothingSelected(tr("Select a role first.")));
    ConsoleActions::applyDecision(
        m_actions->showAllRoles,
        selected.member != nullptr ? Status() : ConsoleActions::nothingSelected(tr("Select a member first.")));
    m_healthBadge->showAccount(selected.account != nullptr ? selected.account->id : 0);
    showActingRoles(selected.account);
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
    menu.addAction(m_actions->directorySync);
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

} // namespace warden
