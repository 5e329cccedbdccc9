#include "MemberDetailsWidget.h"

#include "CoreServices.h"
#include "PermissionMatrixModel.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
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
{
    setObjectName(QStringLiteral("memberDetailsWidget"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rolesList->setObjectName(QStringLiteral("memberRolesListWidget"));
    m_rolesList->setMaximumHeight(110);
    m_matrixView->setObjectName(QStringLiteral("effectivePermissionsTableView"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(new QLabel(tr("Roles held:"), this));
    layout->addWidget(m_rolesList);
    auto* matrixLabel = new QLabel(tr("Effective permissions (hover a cell to see which role grants it):"), this);
    matrixLabel->setWordWrap(true);
    layout->addWidget(matrixLabel);
    layout->addWidget(m_matrixView, 1);
}

void MemberDetailsWidget::showMember(const User& user)
{
    m_titleLabel->setText(user.displayName.isEmpty() ? user.email : tr("%1 <%2>").arg(user.displayName, user.email));
    m_rolesList->clear();
    auto roles = m_core.roles().rolesOfUser(m_actor, user.email);
    if (!roles) {
        m_summaryLabel->setText(roles.refusal().message);
        m_matrix->setRoles({});
        return;
    }
    QStringList protectedFlags;
    for (const Role& role : roles.value()) {
        auto* item = new QListWidgetItem(
            QIcon(role.isProtected() ? QStringLiteral(":/icons/lock.svg") : QStringLiteral(":/icons/role.svg")),
            role.name, m_rolesList);
        item->setData(kRoleIdRole, role.id);
    }
    m_matrix->setRoles(roles.value());
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (m_matrix->permissions().hasProtected(flag)) {
            protectedFlags.append(protectedDisplayName(flag));
        }
    }
    m_summaryLabel->setText(
        tr("%1 · %n role(s) · protected permissions: %2", nullptr, int(roles.value().size()))
            .arg(user.disabled ? tr("Disabled") : tr("Active"),
                 protectedFlags.isEmpty() ? tr("none") : protectedFlags.join(QStringLiteral(", "))));
}

} // namespace warden
