/**
 * The sample with every defined name removed: its tables are found by their header words and checked as the
 * named ones are, each announced by one `workbook/detected-table` info at its first header cell.
 */
import type { Finding } from "../../src/core/finding";
import { checkXlsx, cleanFindings, plantedXlsx } from "../helpers/sample";

const DETECTED = "workbook/detected-table";
const key = ({ severity, rule, sheet, cell, message }: Finding) => `${sheet}!${cell} ${severity} ${rule} ${message}`;

describe("the sample with every name removed", () => {
  let named: Finding[];
  let found: Finding[];
  beforeAll(async () => {
    named = await cleanFindings();
    found = await checkXlsx(await plantedXlsx((f) => (f.names = [])));
  });

  it("gives the named sample's findings", () => {
    expect(found.filter((f) => f.rule !== DETECTED).map(key).sort()).toEqual(named.map(key).sort());
  });

  it("announces each table once, at its first header cell, with the range and the name to define", () => {
    expect(found.filter((f) => f.rule === DETECTED).map((f) => `${f.sheet}!${f.cell} ${f.data.range} ${f.data.name}`)).toEqual([
      "예산!A3 예산!A3:D9 예산",
      "사업별 예산!A3 '사업별 예산'!A3:I14 예산",
      "인력!A3 인력!A3:P7 인력",
      "장비!A3 장비!A3:J43 장비",
      "내용연수!A3 내용연수!A3:B13 내용연수",
      "기타 현황!A2 '기타 현황'!A2:E4 표_기타현황",
      "기타 현황!A7 '기타 현황'!A7:B12 표_기타현황",
      "기타 현황!A15 '기타 현황'!A15:D17 표_기타현황",
      "기타 현황!A20 '기타 현황'!A20:F21 표_기타현황",
      "기타 현황!A24 '기타 현황'!A24:K25 표_기타현황",
    ]);
    expect(found.find((f) => f.rule === DETECTED)?.message).toBe(
      "이름 없이 찾은 표: 예산!A3:D9 (예산). 이 범위로 이름을 정의하면 이 표로 확정됩니다 (이름: 예산).",
    );
  });
});
