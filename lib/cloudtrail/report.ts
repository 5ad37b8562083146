/** Builds one FileReport as a leaf is read; error and warning lists are capped, counts are not. */
import { MAX_REPORTED_ERRORS, type FileReport, type IngestError } from "./types";

export class ReportBuilder {
  format: string;
  bytes = 0;
  events = 0;
  skipped = 0;
  duplicates = 0;
  errorCount = 0;
  private readonly errors: IngestError[] = [];
  private readonly warnings: IngestError[] = [];

  constructor(
    private readonly path: string,
    format: string,
  ) {
    this.format = format;
  }

  error(e: IngestError): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
  }

  warning(w: IngestError): void {
    if (this.warnings.length < MAX_REPORTED_ERRORS) this.warnings.push(w);
  }

  build(): FileReport {
    return {
      path: this.path,
      format: this.format,
      bytes: this.bytes,
      events: this.events,
      skipped: this.skipped,
      duplicates: this.duplicates,
      errors: this.errors.slice(),
      errorCount: this.errorCount,
      warnings: this.warnings.slice(),
    };
  }
}
