#include "AddExternalAdminDialog.h"

#include "CoreServices.h"
#include "ui_AddExternalAdminDialog.h"

#include <QPushButton>

namespace warden {

AddExternalAdminDialog::AddExternalAdminDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddExternalAdminDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    if (auto roles = core.partners().assignableRoles(m_actor, accountId)) {
        for (const Role& role : roles.value()) {
            m_ui->roleComboBox->addItem(role.name);
        }
    } else {
        m_ui->errorLabel->setText(roles.refusal().message);
        m_ui->errorLabel->show();
    }
    m_ui->roleComboBox->setCurrentIndex(-1);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, &AddExternalAdminDialog::updateSaveButton);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddExternalAdminDialog::updateSaveButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddExternalAdminDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSaveButton();
}

AddExternalAdminDialog::~AddExternalAdminDialog() = default;

void AddExternalAdminDialog::updateSaveButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(!m_ui->emailLineEdit->text().trimmed().isEmpty() && m_ui->roleComboBox->currentIndex() >= 0);
}

void AddExternalAdminDialog::save()
{
    auto added = m_core.partners().addExternalAdmin(m_actor, m_accountId, m_ui->emailLineEdit->text(),
                                                    m_ui->roleComboBox->currentText());
    if (!added) {
        m_ui->errorLabel->setText(added.refusal().message);
        m_ui->errorLabel->show();
        m_ui->emailLineEdit->setFocus();
        return;
    }
    m_added = added.value();
    accept();
}

} // namespace warden
