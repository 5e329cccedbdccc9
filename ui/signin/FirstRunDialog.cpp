#include "FirstRunDialog.h"

#include "security/Base32.h"
#include "security/PasswordHasher.h"
#include "security/QrCode.h"
#include "ui_FirstRunDialog.h"

#include <QPushButton>

namespace warden {

FirstRunDialog::FirstRunDialog(AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_auth(auth)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Next"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::next);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FirstRunDialog::~FirstRunDialog()
{
    m_ui->passwordLineEdit->clear();
    m_ui->confirmLineEdit->clear();
    m_ui->secretLineEdit->clear();
}

void FirstRunDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void FirstRunDialog::next()
{
    if (m_ui->pagesStackedWidget->currentWidget() == m_ui->detailsPage) {
        if (m_ui->passwordLineEdit->text() != m_ui->confirmLineEdit->text()) {
            showError(tr("The two passwords differ."));
            return;
        }
        if (const QString problem = PasswordHasher::policyProblem(m_ui->passwordLineEdit->text()); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        auto enrollment = m_auth.startFirstRun(m_ui->emailLineEdit->text(), m_ui->displayNameLineEdit->text(),
                                               m_ui->accountCodeLineEdit->text(), m_ui->accountNameLineEdit->text());
        if (!enrollment) {
            showError(enrollment.refusal().message);
            return;
        }
        m_enrollment = std::move(enrollment).value();
        m_ui->qrCodeWidget->setCode(QrCode::encode(m_enrollment->otpauthUri));
        m_ui->secretLineEdit->setText(Base32::encode(m_enrollment->totpSecret.bytes()));
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->enrollPage);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
        m_ui->codeLineEdit->setFocus();
        showError({});
        return;
    }
    auto actor = m_auth.completeFirstRun(*m_enrollment, m_ui->passwordLineEdit->text(), m_ui->codeLineEdit->text());
    if (!actor) {
        showError(actor.refusal().message);
        m_ui->codeLineEdit->clear();
        return;
    }
    m_actor = actor.value();
    accept();
}

} // namespace warden
