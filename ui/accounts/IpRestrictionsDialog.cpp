#include "IpRestrictionsDialog.h"

#include "CoreServices.h"
#include "ui_IpRestrictionsDialog.h"

#include <QPushButton>

namespace warden {

IpRestrictionsDialog::IpRestrictionsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IpRestrictionsDialog>())
    , m_core(core)
    , m_actor(std::move(actor))
    , m_account(std::move(account))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("IP Restrictions — %1").arg(m_account.name));
    m_ui->clientAddressLabel->setText(
        tr("This console connects from %1.")
            .arg(m_actor.clientAddress.isEmpty() ? tr("an unknown address") : m_actor.clientAddress));
    auto current = core.accounts().ipRestrictions(m_actor, m_account.id);
    if (current) {
        m_ui->rangesPlainTextEdit->setPlainText(current.value().ranges.join(QLatin1Char('\n')));
        m_ui->partnerExemptCheckBox->setChecked(current.value().partnerSignInExempt);
        m_baseVersion = current.value().version;
    }
    const Status editable = core.authorizer().check(m_actor, Action::EditAccountSettings, m_account.id);
    m_editable = current.ok() && editable.ok();
    m_ui->rangesPlainTextEdit->setReadOnly(!m_editable);
    m_ui->partnerExemptCheckBox->setEnabled(m_editable);
    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setVisible(m_editable);
    if (!current) {
        m_ui->problemsLabel->setText(current.refusal().message);
    } else if (!editable) {
        m_ui->problemsLabel->setText(editable.refusal().message);
        m_ui->problemsLabel->setStyleSheet(QString());
    }
    connect(m_ui->rangesPlainTextEdit, &QPlainTextEdit::textChanged, this, &IpRestrictionsDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IpRestrictionsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_editable) {
        validate();
    }
}

IpRestrictionsDialog::~IpRestrictionsDialog() = default;

QStringList IpRestrictionsDialog::ranges() const
{
    return m_ui->rangesPlainTextEdit->toPlainText().split(QLatin1Char('\n'));
}

void IpRestrictionsDialog::validate()
{
    if (!m_editable) {
        return;
    }
    const QStringList problems = AccountService::ipRangeProblems(ranges());
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void IpRestrictionsDialog::save()
{
    auto saved = m_core.accounts().setIpRestrictions(m_actor, m_account.id, ranges(),
                                                     m_ui->partnerExemptCheckBox->isChecked(), m_baseVersion);
    if (!saved) {
        m_ui->problemsLabel->setText(saved.refusal().message);
        return;
    }
    accept();
}

} // namespace warden
