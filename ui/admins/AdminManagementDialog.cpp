#include "AdminManagementDialog.h"

#include "AddAdminDialog.h"
#include "AdministratorsModel.h"
#include "ColumnsFit.h"
#include "ComputersPanel.h"
#include "ConfirmIdentityDialog.h"
#include "CoreServices.h"
#include "EditAdminDialog.h"
#include "MessageBoxes.h"
#include "RevealCredentialDialog.h"
#include "TemporaryPasswordDialog.h"
#include "ui_AdminManagementDialog.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace warden {

AdminManagementDialog::AdminManagementDialog(CoreServices& core, Actor actor, Account account,
                                             FileChangeRequest fileChangeRequest, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdminManagementDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_account(std::move(account))
    , m_fileChangeRequest(std::move(fileChangeRequest))
    , m_model(new AdministratorsModel(core, m_actor, m_account.id, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Admin Management — %1").arg(m_account.name));
    m_ui->introLabel->setText(tr("Everyone who holds an administrator role in %1 (%2). Backup accounts keep their "
                                 "password in this computer's OS keychain for a sign-in-provider outage.")
                                  .arg(m_account.name, m_account.code));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->adminsTableView->setModel(m_proxy);
    m_ui->adminsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name and the roles share what is left; a long one is elided, all of it in the tooltip.
    for (const int column : {AdministratorsModel::NameColumn, AdministratorsModel::RolesColumn}) {
        m_ui->adminsTableView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    ColumnsFit::apply(m_ui->adminsTableView);
    m_ui->adminsTableView->sortByColumn(AdministratorsModel::EmailColumn, Qt::AscendingOrder);
    m_ui->adminsTableView->verticalHeader()->hide();
    m_ui->adminsTableView->setWordWrap(false);
    m_ui->messageLabel->hide();
    m_ui->adminTabs->addTab(new ComputersPanel(core, m_actor, this), tr("&Computers"));
    if (!m_model->loadError().isEmpty()) {
        showMessage(m_model->loadError(), true);
    }
    connect(m_ui->addButton, &QPushButton::clicked, this, &AdminManagementDialog::addAdmin);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AdminManagementDialog::editAdmin);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &AdminManagementDialog::resetPassword);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AdminManagementDialog::deleteAdmin);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &AdminManagementDialog::toggleBackup);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &AdminManagementDialog::revealCredential);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &AdminManagementDialog::rotateCredential);
    connect(m_ui->adminsTableView, &QTableView::doubleClicked, this, &AdminManagementDialog::editAdmin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->adminsTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AdminManagementDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdminManagementDialog::updateButtons);
    updateButtons();
}

AdminManagementDialog::~AdminManagementDialog() = default;

const AdministratorSummary* AdminManagementDialog::current() const
{
    const QModelIndex index = m_ui->adminsTableView->currentIndex();
    return index.isValid() ? m_model->adminAt(m_proxy->mapToSource(index).row()) : nullptr;
}

void AdminManagementDialog::selectAdmin(const QString& email)
{
    const int row = m_model->rowOf(email);
    if (row >= 0) {
        m_ui->adminsTableView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
}

void AdminManagementDialog::updateButtons()
{
    const Status allowed = m_core.admins().canManage(m_actor, m_account.id);
    const QString reason = allowed ? QString() : allowed.refusal().message;
    const AdministratorSummary* admin = current();
    m_ui->addButton->setEnabled(allowed.ok());
    m_ui->addButton->setToolTip(reason);
    const auto decide = [&](QPushButton* button, bool applies, const QString& why) {
        button->setEnabled(allowed.ok() && admin != nullptr && applies);
        button->setToolTip(!allowed ? reason : (admin == nullptr ? tr("Select an administrator first.") : why));
    };
    const bool local = admin != nullptr && admin->authMethod == AuthMethod::LocalPassword
        && admin->secondFactor != SecondFactorState::NotSetUp;
    const bool backup = admin != nullptr && admin->isBackup;
    decide(m_ui->editButton, true, {});
    decide(m_ui->resetPasswordButton, local && !backup,
           backup ? tr("A backup account's password is rotated, not reset.")
                  : tr("Only administrators who sign in with a Warden password have one to reset."));
    decide(m_ui->deleteButton, true, {});
    decide(m_ui->backupButton, true, {});
    m_ui->backupButton->setText(backup ? tr("Unmark &Backup Account…") : tr("Mark as &Backup Account…"));
    decide(m_ui->revealButton, backup, tr("Only backup accounts keep a credential in the keychain."));
    decide(m_ui->rotateButton, backup, tr("Only backup accounts keep a credential in the keychain."));
}

void AdminManagementDialog::showMessage(const QString& text, bool problem)
{
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void AdminManagementDialog::handleRefusal(const Refusal& refusal, const ChangeRequestDraft& draft)
{
    showMessage(refusal.message, true);
    if (refusal.kind == Refusal::Kind::NeedsChangeRequest && m_fileChangeRequest
        && MessageBoxes::question(this, tr("Change Request Needed"),
                                  tr("%1\n\nFile a change request now?").arg(refusal.message))
            == QMessageBox::Yes) {
        m_fileChangeRequest(draft);
    }
}

void AdminManagementDialog::addAdmin()
{
    AddAdminDialog dialog(m_core, m_actor, m_account.id, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.changeRequest()) {
        if (m_fileChangeRequest) {
            m_fileChangeRequest(*dialog.changeRequest());
        }
        return;
    }
    if (const auto& issued = dialog.issued()) {
        selectAdmin(issued->email);
        showMessage(tr("%1 was added.").arg(issued->email), false);
        if (!issued->temporaryPassword.isEmpty()) {
            TemporaryPasswordDialog(*issued, this).exec();
        }
    }
}

void AdminManagementDialog::editAdmin()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr || !m_ui->editButton->isEnabled()) {
        return;
    }
    EditAdminDialog dialog(m_core, m_actor, m_account.id, *admin, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.issued()) {
        return;
    }
    const IssuedCredentials issued = *dialog.issued();
    selectAdmin(issued.email);
    showMessage(tr("%1 was saved.").arg(issued.email), false);
    if (!issued.temporaryPassword.isEmpty()) {
        TemporaryPasswordDialog(issued, this).exec();
    }
}

void AdminManagementDialog::resetPassword()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr) {
        return;
    }
    const AdministratorSummary target = *admin;
    if (MessageBoxes::question(this, tr("Reset Password"),
                               tr("Give %1 a new temporary password? Their current password and authenticator stop "
                                  "working; at the next sign-in they set a new password and scan a new QR code.")
                                   .arg(target.email))
        != QMessageBox::Yes) {
        return;
    }
    auto issued = m_core.admins().resetPassword(m_actor, m_account.id, target.userId);
    if (!issued) {
        ChangeRequestDraft draft;
        draft.accountId = m_account.id;
        draft.kind = ChangeRequestKind::ResetPassword;
        draft.targetEmail = target.email;
        handleRefusal(issued.refusal(), draft);
        return;
    }
    showMessage(tr("The password of %1 was reset.").arg(target.email), false);
    TemporaryPasswordDialog(issued.value(), this).exec();
}

void AdminManagementDialog::deleteAdmin()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr) {
        return;
    }
    const AdministratorSummary target = *admin;
    if (MessageBoxes::question(this, tr("Delete Admin"),
                               tr("Remove every role %1 holds in %2 (%3)? They stay in the directory but can no "
                                  "longer administer this account.")
                                   .arg(target.email, m_account.name, target.roles.join(QStringLiteral(", "))))
        != QMessageBox::Yes) {
        return;
    }
    const Status deleted = m_core.admins().deleteAdministrator(m_actor, m_account.id, target.userId);
    if (!deleted) {
        ChangeRequestDraft draft;
        draft.accountId = m_account.id;
        draft.kind = ChangeRequestKind::RemoveMember;
        draft.targetEmail = target.email;
        for (const qint64 roleId : target.roleIds) {
            auto role = m_core.roles().role(m_actor, roleId);
            if (role && role.value().isProtected()) {
                draft.roleId = roleId;
                break;
            }
        }
        handleRefusal(deleted.refusal(), draft);
        return;
    }
    showMessage(tr("%1 is no longer an administrator of %2.").arg(target.email, m_account.name), false);
}

void AdminManagementDialog::toggleBackup()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr) {
        return;
    }
    const AdministratorSummary target = *admin;
    const bool mark = !target.isBackup;
    const QString question = mark
        ? tr("Make %1 a backup (break-glass) account? It gets a strong random password kept only in this "
             "computer's OS keychain; reveal it when single sign-on is down.")
              .arg(target.email)
        : tr("Unmark %1 as a backup account? Its password is removed from the keychain and it can no longer "
             "sign in until its password is reset.")
              .arg(target.email);
    if (MessageBoxes::question(this, mark ? tr("Mark as Backup Account") : tr("Unmark Backup Account"), question)
        != QMessageBox::Yes) {
        return;
    }
    const Status done = m_core.backupCredentials().setBackup(m_actor, m_account.id, target.userId, mark);
    selectAdmin(target.email);
    showMessage(done ? (mark ? tr("%1 is now a backup account; its credential is in the OS keychain.")
                             : tr("%1 is no longer a backup account."))
                           .arg(target.email)
                     : done.refusal().message,
                !done);
}

void AdminManagementDialog::revealCredential()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr) {
        return;
    }
    const AdministratorSummary target = *admin;
    QString revealed;
    ConfirmIdentityDialog confirm(
        tr("Revealing the backup credential of %1 is recorded in the audit log with your name.\n\nConfirm with your "
           "password and a new one-time code.")
            .arg(target.email),
        tr("&Reveal"),
        [this, &target, &revealed](const QString& password, const QString& code) -> Status {
            auto credential =
                m_core.backupCredentials().revealBackupCredential(m_actor, m_account.id, target.userId, password, code);
            if (!credential) {
                return credential.refusal();
            }
            revealed = std::move(credential).value();
            return {};
        },
        this);
    if (confirm.exec() != QDialog::Accepted || revealed.isEmpty()) {
        return;
    }
    RevealCredentialDialog dialog(target.email, revealed, this);
    revealed.fill(QLatin1Char('\0'));
    dialog.exec();
}

void AdminManagementDialog::rotateCredential()
{
    const AdministratorSummary* admin = current();
    if (admin == nullptr) {
        return;
    }
    const AdministratorSummary target = *admin;
    if (MessageBoxes::question(this, tr("Rotate Credential"),
                               tr("Give the backup account %1 a new strong password? The old one stops working at "
                                  "once; the new one is stored only in the OS keychain.")
                                   .arg(target.email))
        != QMessageBox::Yes) {
        return;
    }
    const Status rotated = m_core.backupCredentials().rotateBackupCredential(m_actor, m_account.id, target.userId);
    showMessage(rotated ? tr("The credential of %1 was rotated.").arg(target.email) : rotated.refusal().message,
                !rotated);
}

} // namespace warden
