#include "MemberDetailsWidget.h"

#include "ColumnsFit.h"
#include "ConsoleActions.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "PermissionMatrixModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace warden {

namespace {
/// Item data role holding the role id of an entry in the roles list.
constexpr int kRoleIdRole = Qt::UserRole + 1;
} // namespace

MemberDetailsWidget::MemberDetailsWidget(CoreServices& core, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_titleLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_rolesList(new QListWidget(this))
    , m_matrixView(new QTableView(this))
    , m_matrix(new PermissionMatrixModel(this))
    , m_changeAddressButton(new QPushButton(tr("Change Primary &Address…"), this))
    , m_removeAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove-user")), tr("R&emove from Role"), this))
    , m_removeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("memberDetailsWidget"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rolesList->setObjectName(QStringLiteral("memberRolesListWidget"));
    m_rolesList->setAccessibleName(tr("Roles held"));
    m_rolesList->setMaximumHeight(130);
    m_rolesList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_removeAction->setObjectName(QStringLiteral("removeRoleHeldAction"));
    // No Delete shortcut here: Delete is the console's Remove from Role for the tree's member.
    m_removeButton->setObjectName(QStringLiteral("removeRoleHeldButton"));
    m_removeButton->setDefaultAction(m_removeAction);
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_rolesList, &QListWidget::currentRowChanged, this, &MemberDetailsWidget::updateRemoveAction);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (const Role* role = currentRole(); role != nullptr && m_removeAction->isEnabled()) {
            Q_EMIT removeFromRoleRequested(*role, {m_user.email});
        }
    });
    connect(m_rolesList, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        if (QListWidgetItem* item = m_rolesList->itemAt(position)) {
            m_rolesList->setCurrentItem(item);
        }
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("rolesHeldContextMenu"));
        menu.setToolTipsVisible(true);
        menu.addAction(m_removeAction);
        menu.exec(m_rolesList->viewport()->mapToGlobal(position));
    });
    // A role removed here, or anywhere else, is gone from the list at once.
    connect(&m_core.notifier(), &ChangeNotifier::membersChanged, this, [this] {
        if (!m_user.email.isEmpty() && isVisible()) {
            showMember(m_user);
        }
    });
    m_matrixView->setObjectName(QStringLiteral("effectivePermissionsTableView"));
    m_matrixView->setAccessibleName(tr("Effective permissions"));
    m_matrixView->setTabKeyNavigation(false);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ColumnsFit::apply(m_matrixView);

    m_changeAddressButton->setObjectName(QStringLiteral("changeAddressButton"));
    connect(m_changeAddressButton, &QPushButton::clicked, this, &MemberDetailsWidget::changeAddress);

    auto* layout = new QVBoxLayout(this);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel, 1);
    titleRow->addWidget(m_changeAddressButton);
    layout->addLayout(titleRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(new QLabel(tr("Roles held:"), this));
    auto* rolesRow = new QHBoxLayout;
    rolesRow->addWidget(m_rolesList, 1);
    auto* rolesButtons = new QVBoxLayout;
    rolesButtons->addWidget(m_removeButton);
    rolesButtons->addStretch(1);
    rolesRow->addLayout(rolesButtons);
    layout->addLayout(rolesRow);
    auto* matrixLabel = new QLabel(tr("Effective permissions (hover a cell to see which role grants it):"), this);
    matrixLabel->setWordWrap(true);
    layout->addWidget(matrixLabel);
    layout->addWidget(m_matrixView, 1);
}

void MemberDetailsWidget::showMember(const User& user)
{
    m_user = user;
    const Status editable = m_core.authorizer().check(m_actor, Action::EditDirectory, user.accountId);
    m_changeAddressButton->setEnabled(editable.ok());
    m_changeAddressButton->setToolTip(editable ? tr("Changing the primary address removes the member's admin roles.")
                                               : editable.refusal().message);
    m_titleLabel->setText(user.displayName.isEmpty() ? user.email : tr("%1 <%2>").arg(user.displayName, user.email));
    const qint64 keptRoleId = currentRole() != nullptr ? currentRole()->id : 0;
    m_rolesList->clear();
    m_roles.clear();
    auto roles = m_core.roles().rolesOfUser(m_actor, user.email);
    if (!roles) {
        m_summaryLabel->setText(roles.refusal().message);
        m_matrix->setRoles({});
        updateRemoveAction();
        return;
    }
    m_roles = roles.value();
    QStringList protectedFlags;
    for (const Role& role : roles.value()) {
        auto* item = new QListWidgetItem(
            QIcon(role.isProtected() ? QStringLiteral(":/icons/lock.svg") : QStringLiteral(":/icons/role.svg")),
            role.name, m_rolesList);
        item->setData(kRoleIdRole, role.id);
        if (role.id == keptRoleId) {
            m_rolesList->setCurrentItem(item);
        }
    }
    if (m_rolesList->currentRow() < 0 && m_rolesList->count() > 0) {
        m_rolesList->setCurrentRow(0);
    }
    updateRemoveAction();
    m_matrix->setRoles(roles.value());
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (m_matrix->permissions().hasProtected(flag)) {
            protectedFlags.append(protectedDisplayName(flag));
        }
    }
    m_summaryLabel->setText(
        tr("%1 · %n role(s) · protected permissions: %2", nullptr, int(roles.value().size()))
            //: The user's state in the directory (adjective).
            .arg(user.disabled ? tr("Disabled") : tr("Active"),
                 protectedFlags.isEmpty() ? tr("none") : protectedFlags.join(QStringLiteral(", "))));
}

const Role* MemberDetailsWidget::currentRole() const
{
    const QListWidgetItem* item = m_rolesList->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const qint64 id = item->data(kRoleIdRole).toLongLong();
    for (const Role& role : m_roles) {
        if (role.id == id) {
            return &role;
        }
    }
    return nullptr;
}

void MemberDetailsWidget::updateRemoveAction()
{
    const Role* role = currentRole();
    ConsoleActions::applyDecision(m_removeAction,
                                  role != nullptr ? m_core.roles().canRemoveMembers(m_actor, *role)
                                                  : ConsoleActions::nothingSelected(tr("Select a role held first.")));
    if (role != nullptr && m_removeAction->isEnabled()) {
        m_removeAction->setToolTip(tr("Remove %1 from %2").arg(m_user.email, role->name));
    }
}

void MemberDetailsWidget::changeAddress()
{
    const User user = m_user;
    bool entered = false;
    const QString newEmail =
        QInputDialog::getText(this, tr("Change Primary Address"),
                              tr("New primary SMTP address for %1 (admin roles are keyed by it):").arg(user.email),
                              QLineEdit::Normal, user.email, &entered);
    if (!entered || newEmail.trimmed().isEmpty() || newEmail.trimmed() == user.email) {
        return;
    }
    auto losses = m_core.directory().addressChangeLosses(m_actor, user.email, newEmail);
    if (!losses) {
        MessageBoxes::warning(this, tr("Change Primary Address"),
                              losses.refusal().kind == Refusal::Kind::NeedsChangeRequest
                                  ? tr("This change requires a change request.\n\n%1").arg(losses.refusal().message)
                                  : losses.refusal().message);
        return;
    }
    if (!losses.value().isEmpty()
        && MessageBoxes::question(this, tr("Change Primary Address"),
                                  tr("Changing %1 to %2 removes these admin roles:\n\n%3\n\nChange the address?")
                                      .arg(user.email, newEmail.trimmed(), losses.value().join(QLatin1Char('\n'))))
            != QMessageBox::Yes) {
        return;
    }
    auto changed = m_core.directory().changePrimaryAddress(m_actor, user.email, newEmail, true);
    if (!changed) {
        MessageBoxes::warning(this, tr("Change Primary Address"), changed.refusal().message);
        return;
    }
    if (auto renamed = m_core.directory().find(m_actor, newEmail)) {
        showMember(renamed.value());
    }
}

} // namespace warden
