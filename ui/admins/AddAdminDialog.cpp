#include "AddAdminDialog.h"

#include "CoreServices.h"
#include "MessageBoxes.h"
#include "directory/PeoplePicker.h"
#include "ui_AddAdminDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace warden {

AddAdminDialog::AddAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
    , m_picker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::One, this))
{
    m_ui->setupUi(this);
    m_ui->pickerContainerLayout->addWidget(m_picker);
    m_ui->searchLabel->setBuddy(m_picker->searchLineEdit());
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add Admin"));
    if (auto roles = core.roles().roles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            m_ui->roleComboBox->addItem(
                role.isProtected() ? tr("%1 (protected: change request)").arg(role.name) : role.name, role.id);
        }
    }
    m_ui->roleComboBox->setCurrentIndex(-1);
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::LocalPassword), int(AuthMethod::LocalPassword));
    m_ui->methodComboBox->addItem(authMethodDisplayName(AuthMethod::Sso), int(AuthMethod::Sso));
    const auto describeMethod = [this] {
        m_ui->methodHintLabel->setText(
            m_ui->methodComboBox->currentData().toInt() == int(AuthMethod::LocalPassword)
                ? tr("You get a temporary password to pass on; at first sign-in they set their own and scan a QR "
                     "code into an authenticator app.")
                : tr("They sign in through your organisation's identity provider, which also asks for their second "
                     "factor."));
    };
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this, describeMethod);
    describeMethod();
    // Read once: who is already an administrator does not change while the dialog is open.
    if (auto current = core.admins().administrators(m_actor, accountId)) {
        QHash<QString, QString> already;
        for (const AdministratorSummary& admin : current.value()) {
            already.insert(admin.email.toLower(), tr("Already an administrator"));
        }
        m_picker->setUnavailable(already);
    }
    connect(m_picker, &PeoplePicker::chosenChanged, this, &AddAdminDialog::updateButtons);
    connect(m_picker, &PeoplePicker::chosenActivated, this, &AddAdminDialog::add);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddAdminDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddAdminDialog::add);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_picker->setScope(accountId);
    m_picker->placeInTabOrder(m_ui->searchLabel, m_ui->roleComboBox);
    updateButtons();
    m_picker->setFocus();
}

AddAdminDialog::~AddAdminDialog() = default;

void AddAdminDialog::updateButtons()
{
    // A person from the results (a typed address alone is not enough: they must be in the directory).
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_picker->hasChosenPerson() && m_ui->roleComboBox->currentIndex() >= 0);
}

void AddAdminDialog::add()
{
    const QString email = m_picker->chosenEmail();
    if (email.isEmpty() || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    const qint64 roleId = m_ui->roleComboBox->currentData().toLongLong();
    const auto method = static_cast<AuthMethod>(m_ui->methodComboBox->currentData().toInt());
    auto issued = m_core.admins().addAdministrator(m_actor, m_accountId, email, roleId, method);
    if (issued) {
        m_issued = issued.value();
        accept();
        return;
    }
    if (issued.refusal().kind == Refusal::Kind::NeedsChangeRequest
        && MessageBoxes::question(this, tr("Change Request Needed"),
                                  tr("%1\n\nFile a change request for %2 now?").arg(issued.refusal().message, email))
            == QMessageBox::Yes) {
        ChangeRequestDraft draft;
        draft.accountId = m_accountId;
        draft.kind = ChangeRequestKind::AddMember;
        draft.roleId = roleId;
        draft.targetEmail = email;
        draft.authMethod = authMethodKey(method);
        m_changeRequest = draft;
        accept();
        return;
    }
    m_ui->errorLabel->setText(issued.refusal().message);
    m_ui->errorLabel->show();
}

} // namespace warden
