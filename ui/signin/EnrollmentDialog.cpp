#include "EnrollmentDialog.h"

#include "security/Base32.h"
#include "security/QrCode.h"
#include "ui_EnrollmentDialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace warden {

EnrollmentDialog::EnrollmentDialog(AuthService& auth, PendingEnrollment enrollment, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrollmentDialog>())
    , m_auth(auth)
    , m_enrollment(std::move(enrollment))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        m_enrollment.needsNewPassword
            ? tr("Welcome, %1. Replace the temporary password with your own and enroll your "
                 "authenticator app to finish signing in.")
                  .arg(m_enrollment.email)
            : tr("Enroll your authenticator app for %1 to finish signing in.").arg(m_enrollment.email));
    for (QWidget* widget : std::initializer_list<QWidget*> {m_ui->newPasswordLabel, m_ui->newPasswordLineEdit,
                                                            m_ui->repeatPasswordLabel, m_ui->repeatPasswordLineEdit}) {
        widget->setVisible(m_enrollment.needsNewPassword);
    }
    m_ui->qrCodeWidget->setCode(QrCode::encode(m_enrollment.otpauthUri));
    m_ui->secretLineEdit->setText(Base32::encode(m_enrollment.totpSecret.bytes()));
    m_ui->codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Finish"));
    for (QLineEdit* edit : {m_ui->newPasswordLineEdit, m_ui->repeatPasswordLineEdit, m_ui->codeLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &EnrollmentDialog::updateButton);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnrollmentDialog::finish);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

EnrollmentDialog::~EnrollmentDialog() = default;

void EnrollmentDialog::updateButton()
{
    const bool passwordReady = !m_enrollment.needsNewPassword || !m_ui->newPasswordLineEdit->text().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(passwordReady && m_ui->codeLineEdit->text().size() == 6);
}

void EnrollmentDialog::finish()
{
    if (m_enrollment.needsNewPassword && m_ui->newPasswordLineEdit->text() != m_ui->repeatPasswordLineEdit->text()) {
        m_ui->errorLabel->setText(tr("The two passwords differ."));
        m_ui->errorLabel->show();
        m_ui->repeatPasswordLineEdit->setFocus();
        return;
    }
    auto actor = m_auth.completeEnrollment(m_enrollment, m_ui->newPasswordLineEdit->text(), m_ui->codeLineEdit->text());
    if (!actor) {
        m_ui->errorLabel->setText(actor.refusal().message);
        m_ui->errorLabel->show();
        m_ui->codeLineEdit->clear();
        return;
    }
    m_actor = actor.value();
    m_ui->newPasswordLineEdit->clear();
    m_ui->repeatPasswordLineEdit->clear();
    accept();
}

} // namespace warden
