#include "AddExternalAdminDialog.h"

#include "CoreServices.h"
#include "directory/PeoplePicker.h"
#include "ui_AddExternalAdminDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace warden {

AddExternalAdminDialog::AddExternalAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddExternalAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
    , m_picker(new PeoplePicker(core, m_actor, PeoplePicker::Mode::One, this))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->emailPickerContainerLayout->addWidget(m_picker);
    m_picker->searchLineEdit()->setObjectName(QStringLiteral("emailLineEdit"));
    m_picker->searchLineEdit()->setAccessibleName(tr("External admin email address"));
    m_picker->searchLineEdit()->setPlaceholderText(tr("Search the partner's staff, or type an address…"));
    m_ui->emailLabel->setBuddy(m_picker->searchLineEdit());
    // Who already administers the account from outside cannot be picked again.
    if (auto current = core.partners().externalAdmins(m_actor, accountId)) {
        QHash<QString, QString> already;
        for (const ExternalAdmin& admin : current.value()) {
            already.insert(admin.email.toLower(), tr("Already an external admin"));
        }
        m_picker->setUnavailable(already);
    }
    m_picker->setScope(accountId, 0, DirectorySearchModel::Source::PartnerStaff);
    m_picker->placeInTabOrder(m_ui->sectionLabel, m_ui->roleComboBox);
    if (auto roles = core.partners().assignableRoles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            m_ui->roleComboBox->addItem(role.name);
        }
    } else {
        m_ui->errorLabel->setText(roles.refusal().message);
        m_ui->errorLabel->show();
    }
    m_ui->roleComboBox->setCurrentIndex(-1);
    connect(m_picker, &PeoplePicker::chosenChanged, this, &AddExternalAdminDialog::updateSaveButton);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddExternalAdminDialog::updateSaveButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddExternalAdminDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSaveButton();
}

AddExternalAdminDialog::~AddExternalAdminDialog() = default;

void AddExternalAdminDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(!m_picker->searchLineEdit()->text().trimmed().isEmpty()
                     && m_ui->roleComboBox->currentIndex() >= 0);
}

void AddExternalAdminDialog::save()
{
    m_picker->runPendingSearch();
    const QString chosen = m_picker->chosenEmail();
    auto added = m_core.partners().addExternalAdmin(m_actor, m_accountId,
                                                    chosen.isEmpty() ? m_picker->searchLineEdit()->text() : chosen,
                                                    m_ui->roleComboBox->currentText());
    if (!added) {
        m_ui->errorLabel->setText(added.refusal().message);
        m_ui->errorLabel->show();
        m_picker->searchLineEdit()->setFocus();
        return;
    }
    m_added = added.value();
    accept();
}

} // namespace warden
