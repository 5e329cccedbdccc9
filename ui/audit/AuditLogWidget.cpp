#include "AuditLogWidget.h"

#include "AuditLogModel.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "ui_AuditLogWidget.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>

namespace warden {

AuditLogWidget::AuditLogWidget(CoreServices& core, Actor viewer, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogWidget>())
    , m_core(core)
    , m_viewer(std::move(viewer))
    , m_model(new AuditLogModel(core, m_viewer, this))
{
    m_ui->setupUi(this);
    m_ui->entriesTableView->setModel(m_model);
    m_ui->entriesTableView->verticalHeader()->hide();
    m_ui->entriesTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    for (const int column : {AuditLogModel::ActorColumn, AuditLogModel::ActionColumn, AuditLogModel::TargetColumn}) {
        m_ui->entriesTableView->setColumnWidth(column, 200);
    }
    m_ui->entriesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->entriesTableView->horizontalHeader()->setSectionResizeMode(AuditLogModel::TimeColumn,
                                                                     QHeaderView::ResizeToContents);
    m_ui->verifyResultLabel->hide();
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-7));
    m_ui->toDateEdit->setDate(today);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditLogWidget::applyFilter);
    for (QLineEdit* edit : {m_ui->actorLineEdit, m_ui->actionLineEdit, m_ui->targetLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    }
    connect(m_ui->dateRangeCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AuditLogWidget::applyFilter);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AuditLogWidget::applyFilter);
    connect(m_ui->verifyPushButton, &QPushButton::clicked, this, &AuditLogWidget::verifyChain);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] { exportCsv(); });
}

AuditLogWidget::~AuditLogWidget() = default;

void AuditLogWidget::applyFilter()
{
    AuditFilter filter;
    filter.actor = m_ui->actorLineEdit->text().trimmed();
    filter.action = m_ui->actionLineEdit->text().trimmed();
    filter.target = m_ui->targetLineEdit->text().trimmed();
    if (m_ui->dateRangeCheckBox->isChecked()) {
        filter.from = m_ui->fromDateEdit->date().startOfDay();
        filter.to = m_ui->toDateEdit->date().addDays(1).startOfDay();
    }
    m_model->setFilter(filter);
}

void AuditLogWidget::verifyChain()
{
    auto report = m_core.audit().verify();
    m_ui->verifyResultLabel->show();
    if (!report) {
        m_ui->verifyResultLabel->setText(report.refusal().message);
        return;
    }
    if (report.value().intact) {
        m_ui->verifyResultLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_ui->verifyResultLabel->setText(
            tr("The audit log is intact: %n entries checked.", nullptr, int(report.value().entriesChecked)));
    } else {
        m_ui->verifyResultLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_ui->verifyResultLabel->setText(tr("The audit log was tampered with at entry %1: %2")
                                             .arg(report.value().firstBrokenSeq)
                                             .arg(report.value().problem));
    }
}

void AuditLogWidget::exportCsv(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                + QStringLiteral("/warden-audit.csv"),
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        MessageBoxes::warning(this, tr("Export Audit Log"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    AuditFilter filter = m_model->filter();
    filter.newestFirst = false;
    filter.limit = 0;
    if (auto done = m_core.audit().exportCsv(m_viewer, filter, file); !done) {
        MessageBoxes::warning(this, tr("Export Audit Log"), done.refusal().message);
    }
}

} // namespace warden
