#include "EditAdminDialog.h"

#include "CoreServices.h"
#include "ui_EditAdminDialog.h"

#include <QPushButton>

namespace warden {

EditAdminDialog::EditAdminDialog(CoreServices& core, Actor actor, qint64 accountId, const AdministratorSummary& admin,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
    , m_userId(admin.userId)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit Admin — %1").arg(admin.email));
    m_ui->introLabel->setText(tr("Roles and sign-in method of %1. Adding or removing a protected role (shown with a "
                                 "lock) needs a change request.")
                                  .arg(admin.email));
    m_ui->errorLabel->hide();
    if (auto roles = core.roles().roles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            auto* item = new QListWidgetItem(role.name, m_ui->rolesListWidget);
            if (role.isProtected()) {
                item->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
            }
            item->setData(Qt::UserRole, role.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(admin.roleIds.contains(role.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::LocalPassword), int(AuthMethod::LocalPassword));
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::Sso), int(AuthMethod::Sso));
    m_ui->methodComboBox->setCurrentIndex(m_ui->methodComboBox->findData(int(admin.authMethod)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditAdminDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EditAdminDialog::~EditAdminDialog() = default;

void EditAdminDialog::save()
{
    QList<qint64> roleIds;
    for (int row = 0; row < m_ui->rolesListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->rolesListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            roleIds.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    const auto method = static_cast<AuthMethod>(m_ui->methodComboBox->currentData().toInt());
    auto issued = m_core.admins().editAdministrator(m_actor, m_accountId, m_userId, roleIds, method);
    if (!issued) {
        m_ui->errorLabel->setText(issued.refusal().kind == Refusal::Kind::NeedsChangeRequest
                                      ? tr("%1 File it under Account → Change Requests.").arg(issued.refusal().message)
                                      : issued.refusal().message);
        m_ui->errorLabel->show();
        return;
    }
    m_issued = issued.value();
    accept();
}

} // namespace warden
