#include "ExternalAdminsDialog.h"

#include "AddExternalAdminDialog.h"
#include "ColumnsFit.h"
#include "CoreServices.h"
#include "ExternalAdminsModel.h"
#include "MessageBoxes.h"
#include "ui_ExternalAdminsDialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QSortFilterProxyModel>

namespace warden {

ExternalAdminsDialog::ExternalAdminsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExternalAdminsDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_account(std::move(account))
    , m_model(new ExternalAdminsModel(core, m_actor, m_account.id, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Manage External Administrators — %1").arg(m_account.name));
    m_ui->introLabel->setText(tr("External administrators of %1 (%2) sign in through their partner (MSP) and act "
                                 "in this account with the role shown. Their addresses are outside %2's own domains.")
                                  .arg(m_account.name, m_account.code));
    QStringList partnerNames;
    if (auto delegations = core.partners().delegations(m_actor, m_account.id)) {
        for (const Partner& partner : delegations.value()) {
            partnerNames.append(partner.name);
        }
    }
    m_ui->delegationLabel->setText(
        partnerNames.isEmpty() ? tr("This account does not delegate to any partner yet.")
                               : tr("Delegates administration to: %1").arg(partnerNames.join(QStringLiteral(", "))));
    m_proxy->setSourceModel(m_model);
    m_ui->externalAdminsTableView->setModel(m_proxy);
    m_ui->externalAdminsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->externalAdminsTableView->horizontalHeader()->setStretchLastSection(true);
    ColumnsFit::apply(m_ui->externalAdminsTableView);
    m_ui->externalAdminsTableView->sortByColumn(0, Qt::AscendingOrder);
    m_ui->externalAdminsTableView->verticalHeader()->hide();
    m_ui->externalAdminsTableView->setWordWrap(false);
    m_ui->messageLabel->hide();
    if (!m_model->loadError().isEmpty()) {
        showMessage(m_model->loadError(), true);
    }
    connect(m_ui->addButton, &QPushButton::clicked, this, &ExternalAdminsDialog::addAdmin);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &ExternalAdminsDialog::changeRole);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ExternalAdminsDialog::removeAdmin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->externalAdminsTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExternalAdminsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExternalAdminsDialog::updateButtons);
    updateButtons();
}

ExternalAdminsDialog::~ExternalAdminsDialog() = default;

int ExternalAdminsDialog::currentRow() const
{
    const QModelIndex index = m_ui->externalAdminsTableView->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void ExternalAdminsDialog::updateButtons()
{
    const Status allowed = m_core.partners().canManage(m_actor, m_account.id);
    const QString reason = allowed ? QString() : allowed.refusal().message;
    const bool selected = m_model->adminAt(currentRow()) != nullptr;
    m_ui->addButton->setEnabled(allowed.ok());
    m_ui->addButton->setToolTip(reason);
    for (QPushButton* button : {m_ui->changeRoleButton, m_ui->removeButton}) {
        button->setEnabled(allowed.ok() && selected);
        button->setToolTip(!allowed ? reason : (selected ? QString() : tr("Select an external administrator first.")));
    }
}

void ExternalAdminsDialog::showMessage(const QString& text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ExternalAdminsDialog::addAdmin()
{
    AddExternalAdminDialog dialog(m_core, m_actor, m_account.id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.added()) {
        showMessage(tr("%1 was added as %2.").arg(dialog.added()->email, dialog.added()->roleName), false);
    }
}

void ExternalAdminsDialog::changeRole()
{
    const ExternalAdmin* admin = m_model->adminAt(currentRow());
    if (admin == nullptr) {
        return;
    }
    auto roles = m_core.partners().assignableRoles(m_actor, m_account.id);
    if (!roles) {
        showMessage(roles.refusal().message, true);
        return;
    }
    QStringList names;
    for (const Role& role : roles.value()) {
        names.append(role.name);
    }
    bool chosen = false;
    const QString email = admin->email;
    const QString roleName = QInputDialog::getItem(this, tr("Change Role"), tr("New role for %1:").arg(email), names,
                                                   std::max(0, int(names.indexOf(admin->roleName))), false, &chosen);
    if (!chosen) {
        return;
    }
    auto changed = m_core.partners().changeRole(m_actor, m_account.id, email, roleName);
    showMessage(changed ? tr("%1 now has the role %2.").arg(email, roleName) : changed.refusal().message, !changed);
}

void ExternalAdminsDialog::removeAdmin()
{
    const ExternalAdmin* admin = m_model->adminAt(currentRow());
    if (admin == nullptr) {
        return;
    }
    const QString email = admin->email;
    if (MessageBoxes::question(this, tr("Remove External Admin"),
                               tr("Remove %1 (%2) from %3? They lose access to this account at once.")
                                   .arg(email, admin->roleName, m_account.name))
        != QMessageBox::Yes) {
        return;
    }
    auto removed = m_core.partners().removeExternalAdmin(m_actor, m_account.id, email);
    showMessage(removed ? tr("%1 was removed.").arg(email) : removed.refusal().message, !removed);
}

} // namespace warden
