export interface MunicipalitySettings {
  municipalityCode: string;
  fourEyes: boolean;
  /** 0 while the municipality has only the defaults. */
  version: number;
}
