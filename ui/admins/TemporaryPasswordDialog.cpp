#include "TemporaryPasswordDialog.h"

#include "ui_TemporaryPasswordDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>

namespace warden {

TemporaryPasswordDialog::TemporaryPasswordDialog(const IssuedCredentials& issued, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemporaryPasswordDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Give %1 this temporary password by a separate, trusted channel:").arg(issued.email));
    m_ui->passwordLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->passwordLineEdit->setText(issued.temporaryPassword);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &TemporaryPasswordDialog::copy);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    // It is on the clipboard already: Return closes; Copy is there to copy it again.
    m_ui->copyButton->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    copy();
}

TemporaryPasswordDialog::~TemporaryPasswordDialog()
{
    m_ui->passwordLineEdit->clear();
}

QMimeData* TemporaryPasswordDialog::secretMimeData(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    return data;
}

void TemporaryPasswordDialog::copy()
{
    QGuiApplication::clipboard()->setMimeData(secretMimeData(m_ui->passwordLineEdit->text()));
}

} // namespace warden
